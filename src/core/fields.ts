/**
 * Zod field types for CSV cells. Each takes the trimmed text of a cell and
 * either returns a typed value or adds one issue whose message is what was
 * expected, in plain English; `validateRows` turns that into a DataProblem.
 */
import { z } from 'zod';
import { parseDate, validDay } from './dates';

// Dates are read without zod (src/core/dates.ts), so browser code can use them too.
export { parseDate };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A calendar month as `YYYY-MM`. */
export type Month = `${number}-${string}`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthIndex(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(lower) || (lower === 'sept' && m === 'september'));
  return index === -1 ? undefined : index + 1;
}

function twoDigitYear(yy: number): number {
  return 2000 + yy;
}

export type MonthResult = { ok: true; month: Month } | { ok: false; reason: string };

/**
 * Reads a month in the forms people type and Excel re-saves:
 * `2026-10`, `2026-10-01`, `Oct-26`, `Oct 2026`, `October 2026`, `01/10/2026` (UK day first), `10/2026`.
 */
export function parseMonth(raw: string): MonthResult {
  const text = raw.trim();
  let year: number | undefined;
  let month: number | undefined;
  let match: RegExpMatchArray | null;
  if ((match = text.match(/^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?$/))) {
    year = Number(match[1]);
    month = Number(match[2]);
    if (match[3] !== undefined && !validDay(year, month, Number(match[3]))) return { ok: false, reason: `there is no day ${match[3]} in that month` };
  } else if ((match = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?: .*)?$/))) {
    year = match[3]!.length === 2 ? twoDigitYear(Number(match[3])) : Number(match[3]);
    month = Number(match[2]);
    if (!validDay(year, month, Number(match[1]))) {
      return { ok: false, reason: `"${text}" is not a real date (dates are read day first, as in the UK)` };
    }
  } else if ((match = text.match(/^(\d{1,2})\/(\d{4})$/))) {
    year = Number(match[2]);
    month = Number(match[1]);
  } else if ((match = text.match(/^([A-Za-z]+)[\s\-/.]+(\d{4}|\d{2})$/))) {
    month = monthIndex(match[1]!);
    if (month === undefined) return { ok: false, reason: `"${match[1]}" is not the name of a month` };
    year = match[2]!.length === 2 ? twoDigitYear(Number(match[2])) : Number(match[2]);
  }
  if (year === undefined || month === undefined) return { ok: false, reason: 'it is not in a form we recognise' };
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` };
  if (year < 2000 || year > 2100) return { ok: false, reason: `the year ${year} looks wrong` };
  return { ok: true, month: `${year}-${pad(month)}` as Month };
}

export const EXPECT = {
  count: 'a whole number, 0 or more, such as 42 (1,234 is fine too)',
  month: 'a month such as 2026-10 (Oct-26, 01/10/2026 and October 2026 also work)',
  date: 'a date such as 2026-10-31 or 31/10/2026',
  text: 'some text',
} as const;

/** A whole number of things: `42`, `1,234`. Blank is an error. */
export const count = z.string().transform((raw, ctx) => {
  const cleaned = raw.replace(/,(?=\d{3}(\D|$))/g, '').trim();
  if (!/^\d+$/.test(cleaned)) {
    ctx.addIssue({ code: 'custom', message: raw.trim().startsWith('-') ? 'a whole number, 0 or more (it cannot be negative)' : EXPECT.count });
    return z.NEVER;
  }
  return Number(cleaned);
});

/** Like `count`, but a blank cell means "not given". */
export const optionalCount = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') return undefined;
  const parsed = count.safeParse(raw);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? EXPECT.count });
    return z.NEVER;
  }
  return parsed.data;
});

export const month = z.string().transform((raw, ctx) => {
  const result = parseMonth(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `${EXPECT.month}, but ${result.reason}` });
    return z.NEVER;
  }
  return result.month;
});

export const date = z.string().transform((raw, ctx) => {
  const result = parseDate(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `${EXPECT.date}, but ${result.reason}` });
    return z.NEVER;
  }
  return result.date;
});

/** Text that must be there. */
export const text = z.string().refine((raw) => raw.trim() !== '', { message: EXPECT.text });

/** Text that may be blank; blank becomes undefined. */
export const optionalText = z.string().transform((raw) => (raw.trim() === '' ? undefined : raw.trim()));

/** A percentage 0–100 with up to one decimal place, as DfE publishes it. */
export const percentage = z.string().transform((raw, ctx) => {
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    ctx.addIssue({ code: 'custom', message: 'a percentage from 0 to 100, such as 46.4 (without the % sign)' });
    return z.NEVER;
  }
  return n;
});

/** Percentage that may be blank or a GSS symbol such as `x` (unavailable). */
export const optionalPercentage = z.string().transform((raw, ctx) => {
  const t = raw.trim().replace(/%$/, '');
  if (t === '' || ['x', 'c', 'z', 'low', 'u'].includes(t.toLowerCase())) return undefined;
  const parsed = percentage.safeParse(t);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'a percentage from 0 to 100, such as 46.4, or blank' });
    return z.NEVER;
  }
  return parsed.data;
});

/**
 * One of a fixed list of words, forgiving case and spacing
 * (`On Track`, `on  track` and `on-track` all read as `on track`).
 */
export function oneOf<const T extends readonly string[]>(allowed: T) {
  return z.string().transform((raw, ctx) => {
    const cleaned = raw.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
    const found = allowed.find((a) => a === cleaned);
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: `one of: ${allowed.join(', ')}` });
      return z.NEVER;
    }
    return found as T[number];
  });
}

// ---------------------------------------------------------------------------
// Added for the services directory: web address, email, UK postcode and
// semicolon-separated lists. Each has an optional form where blank means
// "not given".
// ---------------------------------------------------------------------------

export const EXPECT_CONTACT = {
  url: 'a web address such as https://www.northbrook.example/sendiass',
  email: 'an email address such as sendiass@northbrook.example',
  postcode: 'a UK postcode such as NB1 2AB',
} as const;

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

export const url = z.string().transform((raw, ctx) => {
  const result = parseUrl(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `${EXPECT_CONTACT.url}, but ${result.reason}` });
    return z.NEVER;
  }
  return result.url;
});

/** A web address, or blank. */
export const optionalUrl = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') return undefined;
  const result = parseUrl(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `${EXPECT_CONTACT.url}, or blank, but ${result.reason}` });
    return z.NEVER;
  }
  return result.url;
});

export const email = z.string().transform((raw, ctx) => {
  if (!isEmail(raw)) {
    ctx.addIssue({ code: 'custom', message: EXPECT_CONTACT.email });
    return z.NEVER;
  }
  return raw.trim();
});

/** An email address, or blank. */
export const optionalEmail = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') return undefined;
  if (!isEmail(raw)) {
    ctx.addIssue({ code: 'custom', message: `${EXPECT_CONTACT.email}, or blank` });
    return z.NEVER;
  }
  return raw.trim();
});

export const postcode = z.string().transform((raw, ctx) => {
  const parsed = parsePostcode(raw);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: EXPECT_CONTACT.postcode });
    return z.NEVER;
  }
  return parsed.postcode;
});

/** A UK postcode, or blank. */
export const optionalPostcode = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') return undefined;
  const parsed = parsePostcode(raw);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: `${EXPECT_CONTACT.postcode}, or blank` });
    return z.NEVER;
  }
  return parsed.postcode;
});

/** Splits `a; b;;c ` into `['a', 'b', 'c']`, dropping blanks and repeats. */
export function splitList(raw: string): string[] {
  return [...new Set(raw.split(';').map((s) => s.trim()).filter((s) => s !== ''))];
}

/** A `;`-separated list; a blank cell is an empty list. */
export const semicolonList = z.string().transform((raw) => splitList(raw));
