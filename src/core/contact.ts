/**
 * Reading contact details people type: web addresses, emails and UK postcodes;
 * phone numbers as tap-to-call links.
 * Plain TypeScript with no dependencies, so browser code can use it too.
 */

/**
 * Tidies a web address: `www.x.example` gains `https://` because people paste
 * addresses without it; anything that still is not an http(s) address is refused.
 */
export function parseUrl(raw: string): { ok: true; url: string } | { ok: false; reason: string } {
  const t = raw.trim();
  if (/\s/.test(t)) return { ok: false, reason: 'it has a space in it' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(t) ? t : /^[a-z0-9-]+(\.[a-z0-9-]+)+([/?#]|$)/i.test(t) ? `https://${t}` : t;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'it is not a complete web address' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, reason: 'it should start with https://' };
  if (!parsed.hostname.includes('.')) return { ok: false, reason: 'the part after https:// should be a domain such as northbrook.example' };
  return { ok: true, url: withScheme };
}

/** Simple on purpose: one @, no spaces, a dot in the domain. Real checking is sending an email. */
export function isEmail(raw: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(raw.trim());
}

const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;

/**
 * A UK postcode in the standard format (area letters, district digits, then a
 * space and the inward code), returned in capitals with one space: `nb12ab` →
 * `NB1 2AB`. The format is checked, not whether the postcode exists.
 */
export function parsePostcode(raw: string): { outward: string; inward: string; postcode: string } | undefined {
  const cleaned = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const match = cleaned.match(POSTCODE);
  if (!match) return undefined;
  return { outward: match[1]!, inward: match[2]!, postcode: `${match[1]} ${match[2]}` };
}

/** A phone number as a tap-to-call link: `01632 960107` → `tel:01632960107`; `+44 (0)1632 960107` → `tel:+441632960107`. */
export function telHref(phone: string): string {
  const international = phone.trim().startsWith('+');
  const digits = phone.replace(/\(0\)/, '').replace(/\D/g, '');
  return `tel:${international ? '+' : ''}${digits}`;
}

/**
 * A UK phone number in running text: `01632 960 000`, `01632 960107`,
 * `+44 (0)1632 960107`, `0800 123 4567`, with spaces or no-break spaces.
 */
export const PHONE_IN_TEXT = /(?<![\p{L}\p{N}@./-])(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|0)\d{2,4}(?:[ \u00a0]?\d{2,4}){1,3}(?![\p{L}\p{N}/-])/gu;

/** Whether a match of PHONE_IN_TEXT has the 10 or 11 digits of a UK number (a year or a count does not). */
export function isUkPhone(text: string): boolean {
  const digits = text.replace(/^\+44\s*(\(0\))?/, '0').replace(/\D/g, '');
  return /^0\d{9,10}$/.test(digits);
}
