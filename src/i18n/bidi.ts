/**
 * Text that must read left to right inside right-to-left writing: phone
 * numbers, postcodes, email and web addresses. In an Urdu or Arabic sentence
 * the groups of "01632 960 000" would otherwise show in reverse order.
 * Pure and browser-safe.
 */
import type { ElementContent } from 'hast';

/**
 * Text that must read left to right whatever the language around it: UK phone
 * numbers (`01632 960 000`, `+44 1632 960000`), email and web addresses, and
 * postcodes (`NB1 1AA`).
 */
export const LTR_PATTERN =
  /(?<![\p{L}\p{N}@.])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[!#-;=?-~]*[\w/#=&%~-]|(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|0)\d{2,4}(?:[ \u00a0]?\d{2,4}){1,3}|[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2})(?![\p{L}\p{N}])/gu;

/**
 * Joins the groups of phone numbers and postcodes with no-break spaces, so
 * "01632 960 000" or "NB1 1AA" is never split across two lines.
 */
export function keepTogether(text: string): string {
  return text.replace(LTR_PATTERN, (match) => (/[@/]|^www\./.test(match) ? match : match.replace(/ /g, '\u00a0')));
}

/** Splits a text node into text and `<span dir="ltr">` around each match, or undefined if nothing matches. */
export function isolateLtr(value: string): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(LTR_PATTERN)) {
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push({ type: 'element', tagName: 'span', properties: { dir: 'ltr' }, children: [{ type: 'text', value: keepTogether(match[0]) }] });
    last = match.index + match[0].length;
  }
  if (last === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

