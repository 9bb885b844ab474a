/**
 * Text that must read left to right inside right-to-left writing: phone
 * numbers, postcodes, email and web addresses. In an Urdu or Arabic sentence
 * the groups of "01632 960 000" would otherwise show in reverse order. And
 * English words inside right-to-left writing ("(bank holidays)", "EHC"),
 * marked `lang="en-GB"` so a screen reader says them with an English voice.
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


/** One Latin-script word: letters and digits, with `.`, `'`, `&` or `-` only between them (GOV.UK, First-tier). */
const LATIN_WORD = String.raw`\p{Script=Latin}(?:[\p{Script=Latin}\p{N}]|[.'’&-](?=[\p{Script=Latin}\p{N}]))*`;

/** A run of Latin-script words: "bank holidays", "SEND Code of Practice", "Year 9". Starts with a letter. */
export const LATIN_RUN = new RegExp(String.raw`${LATIN_WORD}(?:[ \u00a0]+(?:${LATIN_WORD}|\p{N}+(?![\p{L}\p{N}])))*`, 'gu');

/** Whether a text has any Latin-script letter. */
export function hasLatin(text: string): boolean {
  return /\p{Script=Latin}/u.test(text);
}

/** A text cut into pieces, the Latin-script runs marked, so a page can give them `lang="en-GB"`. */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const out: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index), latin: false });
    out.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), latin: false });
  return out;
}

/** A text node split into text and `<span lang="…">` around each Latin-script run, or undefined if it has none. */
export function markLatin(value: string, lang: string): ElementContent[] | undefined {
  const runs = latinRuns(value);
  if (!runs.some((r) => r.latin)) return undefined;
  return runs.map((r) => (r.latin ? { type: 'element', tagName: 'span', properties: { lang }, children: [{ type: 'text', value: r.text }] } : { type: 'text', value: r.text }));
}

/**
 * How a value from the data or the configuration (a `<Fact>`: a name, an
 * address, an email) sits in a translated page's text: isolated (`dir="ltr"`),
 * so it keeps its order inside Urdu or Arabic, and marked English when it
 * has Latin letters, so a screen reader says it with an English voice. Phone
 * numbers and postcodes are kept on one line. Undefined on English pages, where
 * the value is plain text.
 */
export function valueInTranslation(text: string, page: { isRoot: boolean }, english: string): { text: string; dir: 'ltr'; lang: string | undefined } | undefined {
  if (page.isRoot) return undefined;
  return { text: keepTogether(text), dir: 'ltr', lang: hasLatin(text) ? english : undefined };
}
