/**
 * The phone numbers, email addresses and figures a page types in its own text,
 * so a translation can be checked against its English page: a family reading
 * Urdu must never be given a number the English does not give. A value written
 * with `<Fact name="…" />` is the same in every language, so it is left out.
 * Pure and browser-safe.
 */
import { listInWords } from '../core/format';
import { isUkPhone, PHONE_IN_TEXT } from '../core/contact';
import { splitFrontmatter } from '../content/frontmatter';

export type ValueKind = 'phone' | 'email' | 'figure';

/** A value as typed (`01632 960 123`, `17,3%`), what it is, the form it is compared in (`01632960123`, `17.3%`) and its line in the file. */
export interface TypedValue {
  kind: ValueKind;
  value: string;
  key: string;
  line: number;
}

const FACT_TAG = /<Fact\s[^>]*\/>/g;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
/** A link's or picture's address (`](/guides/x/)`), an autolink and a bare web address: their digits are not figures. */
const ADDRESS = /\]\([^)]*\)|<https?:\/\/[^>]*>|(?:https?:\/\/|www\.)\S+/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A UK postcode: its digits are not figures. */
const POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
/**
 * A number, with a percent sign before or after it (`20%`, `٪20`). Digits right
 * after a letter (NB1, EHC2) are part of a name. A comma before exactly three
 * digits groups thousands (`1,500`); any other comma or point is a decimal one.
 */
const NUMBER = /(?<![\p{L}\p{N}.,])([%٪]\s?)?(\d+(?:[.,]\d+)*)(\s?[%٪])?/gu;

/** Arabic-Indic and Extended (Urdu) digits read as 0–9. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** `1,500` → 1500, `17,3` → 17.3, `9.30` → 9.3, `016` → 16. */
function numberKey(raw: string): string {
  const grouped = /^\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  const n = Number(grouped);
  return Number.isFinite(n) ? String(n) : grouped;
}

/** Blanks a match out, keeping its length and line breaks, so what is left keeps its place. */
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/** The values in one line of text, each quoted as typed (digits and all), in the order they are written. */
function valuesInLine(text: string, line: number): TypedValue[] {
  const found: (TypedValue & { at: number })[] = [];
  // Every step keeps each character's place, so a match's place in `rest` is its place in `text`.
  const typed = (match: RegExpExecArray | RegExpMatchArray) => text.slice(match.index!, match.index! + match[0].length).trim();
  let rest = westernDigits(text).replace(ADDRESS, blank);
  const take = (pattern: RegExp, keep: (match: RegExpMatchArray) => Omit<TypedValue, 'line' | 'value'> | undefined) => {
    for (const match of rest.matchAll(pattern)) {
      const value = keep(match);
      if (!value) continue;
      found.push({ ...value, value: typed(match), line, at: match.index! });
      rest = rest.slice(0, match.index) + blank(match[0]) + rest.slice(match.index + match[0].length);
    }
  };
  take(EMAIL, (m) => ({ kind: 'email', key: m[0].toLowerCase() }));
  take(PHONE_IN_TEXT, (m) => (isUkPhone(m[0]) ? { kind: 'phone', key: m[0].replace(/^\+44\s*(\(0\))?/, '0').replace(/\D/g, '') } : undefined));
  rest = rest.replace(POSTCODE, blank);
  take(NUMBER, (m) => ({ kind: 'figure', key: `${numberKey(m[2]!)}${m[1] !== undefined || m[3] !== undefined ? '%' : ''}` }));
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...value }) => value);
}

/**
 * Every phone number, email address and figure typed in a page: in its title
 * and summary, and in its text outside `<Fact>` tags, MDX comments and link
 * addresses. Lines are the file's own, so a message can point at the line.
 */
export function typedValues(source: string): TypedValue[] {
  const text = source.replace(/\r\n?/g, '\n').replace(MDX_COMMENT, blank).replace(FACT_TAG, blank);
  const { yaml, bodyLine } = splitFrontmatter(text);
  const lines = text.split('\n');
  const frontmatterLines = yaml === undefined ? 0 : bodyLine - 1;
  return lines.flatMap((line, i) => {
    if (i < frontmatterLines) {
      const field = line.match(/^(title|summary):\s*(.*)$/);
      return field ? valuesInLine(field[2]!, i + 1) : [];
    }
    return valuesInLine(line, i + 1);
  });
}

const KIND_WORDS: Record<ValueKind, { one: string; many: string }> = {
  phone: { one: 'phone number', many: 'phone numbers' },
  email: { one: 'email address', many: 'email addresses' },
  figure: { one: 'figure', many: 'figures' },
};

/** A list for a message: "20, 6 and 16"; at most `max`, then "and 4 more". */
function listed(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max);
  const more = values.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return listInWords(shown);
}

/** A value a translation types that its English page does not, with what the English page has of that kind. */
export interface ExtraValue extends TypedValue {
  /** What the English page types of the same kind, as typed there, each once. */
  english: string[];
  /** For a phone number or email address, the name of a fact that gives it, when there is one. (Not for figures: many facts share a number.) */
  fact: string | undefined;
}

/**
 * The phone numbers, email addresses and figures a translation types that its
 * English page does not (each value once, at its first line). `facts` names
 * the `<Fact>` that gives a value, when one does.
 */
export function extraValues(translation: string, english: string, facts?: ReadonlyMap<string, string>): ExtraValue[] {
  const ours = typedValues(translation);
  const theirs = typedValues(english);
  const known = new Set(theirs.map((v) => `${v.kind} ${v.key}`));
  const seen = new Set<string>();
  const factKeys = new Map<string, string>();
  for (const [name, value] of facts ?? []) {
    for (const v of valuesInLine(value, 0)) if (v.kind !== 'figure' && !factKeys.has(`${v.kind} ${v.key}`)) factKeys.set(`${v.kind} ${v.key}`, name);
  }
  return ours.flatMap((v) => {
    const id = `${v.kind} ${v.key}`;
    if (known.has(id) || seen.has(id)) return [];
    seen.add(id);
    const english = [...new Map(theirs.filter((t) => t.kind === v.kind).map((t) => [t.key, t.value])).values()];
    return [{ ...v, english, fact: factKeys.get(id) }];
  });
}

/** What the English page has of a kind, in words: "01632 960 000", or "no phone numbers in its text". */
export function englishHas(kind: ValueKind, english: readonly string[]): string {
  const words = KIND_WORDS[kind];
  return english.length === 0 ? `no ${words.many} in its text` : `${english.length === 1 ? words.one : words.many} ${listed(english)}`;
}

export function kindWord(kind: ValueKind): string {
  return KIND_WORDS[kind].one;
}
