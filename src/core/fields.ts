/**
 * Zod field types for CSV cells. Each takes the trimmed text of a cell and
 * either returns a typed value or adds one issue whose message is what was
 * expected, in plain English; `validateRows` turns that into a DataProblem.
 * Every type comes in two forms from one factory: required, and "or blank".
 */
import { z } from 'zod';
import { isEmail, parsePostcode, parseUrl } from './contact.ts';
import { parseDate, parseMonth, type Month } from './dates.ts';
import { isDataSymbol } from './symbols.ts';

// Reading dates needs no zod (src/core/dates.ts), so browser code can use it too.
export { parseDate, parseMonth, type Month };

export const EXPECT = {
  count: 'a whole number, 0 or more, such as 42 (1,234 is fine too)',
  month: 'a month such as 2026-10 (Oct-26, 01/10/2026 and October 2026 also work)',
  date: 'a date such as 2026-10-31 or 31/10/2026',
  text: 'some text',
  percentage: 'a percentage from 0 to 100, such as 46.4 (without the % sign)',
} as const;

export const EXPECT_CONTACT = {
  url: 'a web address such as https://www.northbrook.example/sendiass',
  email: 'an email address such as sendiass@northbrook.example',
  postcode: 'a UK postcode such as NB1 2AB',
} as const;

/** What a cell reader says: the value, or why not (and, rarely, a different thing expected). */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason?: string | undefined; expected?: string };

function message(expected: string, reason: string | undefined, blankOk: boolean): string {
  return `${expected}${blankOk ? ', or blank' : ''}${reason ? `, but ${reason}` : ''}`;
}

/**
 * One cell type in both forms: `required` (blank is an error) and `optional`
 * (blank means "not given" and reads as undefined). Messages say what was
 * expected and, where it helps, why the value was not it.
 */
export function cellType<T>(expected: string, read: (raw: string) => CellResult<T>) {
  const issue = (ctx: z.RefinementCtx, result: Extract<CellResult<T>, { ok: false }>, blankOk: boolean) =>
    ctx.addIssue({ code: 'custom', message: message(result.expected ?? expected, result.reason, blankOk) });
  return {
    required: z.string().transform((raw, ctx) => {
      const result = read(raw);
      if (result.ok) return result.value;
      issue(ctx, result, false);
      return z.NEVER;
    }),
    optional: z.string().transform((raw, ctx) => {
      if (raw.trim() === '') return undefined;
      const result = read(raw);
      if (result.ok) return result.value;
      issue(ctx, result, true);
      return z.NEVER;
    }),
  };
}

/** A whole number of things: `42`, `1,234`. */
const countType = cellType(EXPECT.count, (raw): CellResult<number> => {
  const cleaned = raw.replace(/,(?=\d{3}(\D|$))/g, '').trim();
  if (/^\d+$/.test(cleaned)) return { ok: true, value: Number(cleaned) };
  return raw.trim().startsWith('-') ? { ok: false, expected: 'a whole number, 0 or more (it cannot be negative)' } : { ok: false };
});
export const count = countType.required;
export const optionalCount = countType.optional;

const monthType = cellType(EXPECT.month, (raw): CellResult<Month> => {
  const result = parseMonth(raw);
  return result.ok ? { ok: true, value: result.month } : { ok: false, reason: result.reason };
});
export const month = monthType.required;

const dateType = cellType(EXPECT.date, (raw): CellResult<string> => {
  const result = parseDate(raw);
  return result.ok ? { ok: true, value: result.date } : { ok: false, reason: result.reason };
});
export const date = dateType.required;
export const optionalDate = dateType.optional;

/** Text that must be there. */
export const text = z.string().refine((raw) => raw.trim() !== '', { message: EXPECT.text });

/** Text that may be blank; blank becomes undefined. */
export const optionalText = z.string().transform((raw) => (raw.trim() === '' ? undefined : raw.trim()));

/** A percentage 0–100 with up to one decimal place, as DfE publishes it. */
export const percentage = cellType(EXPECT.percentage, (raw): CellResult<number> => {
  const n = Number(raw.trim());
  return raw.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? { ok: true, value: n } : { ok: false };
}).required;

/** Percentage that may be blank or a data symbol such as `x` (unavailable): both read as "no figure". */
export const optionalPercentage = z.string().transform((raw, ctx) => {
  const t = raw.trim().replace(/%$/, '');
  if (t === '' || isDataSymbol(t)) return undefined;
  const parsed = percentage.safeParse(t);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'a percentage from 0 to 100, such as 46.4, or blank' });
    return z.NEVER;
  }
  return parsed.data;
});

/**
 * One of a fixed list of words, forgiving case and spacing
 * (`On Track`, `on  track` and `on-track` all read as `on track`; `Free for some`
 * as `free-for-some`).
 */
function oneOfType<const T extends readonly string[]>(allowed: T) {
  return cellType(`one of: ${allowed.join(', ')}`, (raw): CellResult<T[number]> => {
    const tidy = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
    const cleaned = tidy(raw);
    // Compared tidied on both sides, so `free for some` reads as the word `free-for-some`.
    const found = allowed.find((a) => tidy(a) === cleaned);
    return found === undefined ? { ok: false } : { ok: true, value: found as T[number] };
  });
}
export const oneOf = <const T extends readonly string[]>(allowed: T) => oneOfType(allowed).required;
export const optionalOneOf = <const T extends readonly string[]>(allowed: T) => oneOfType(allowed).optional;

const urlType = cellType(EXPECT_CONTACT.url, (raw): CellResult<string> => {
  const result = parseUrl(raw);
  return result.ok ? { ok: true, value: result.url } : { ok: false, reason: result.reason };
});
export const url = urlType.required;
export const optionalUrl = urlType.optional;

const emailType = cellType(EXPECT_CONTACT.email, (raw): CellResult<string> => (isEmail(raw) ? { ok: true, value: raw.trim() } : { ok: false }));
export const email = emailType.required;
export const optionalEmail = emailType.optional;

const postcodeType = cellType(EXPECT_CONTACT.postcode, (raw): CellResult<string> => {
  const parsed = parsePostcode(raw);
  return parsed ? { ok: true, value: parsed.postcode } : { ok: false };
});
export const postcode = postcodeType.required;
export const optionalPostcode = postcodeType.optional;

/** Splits `a; b;;c ` into `['a', 'b', 'c']`, dropping blanks and repeats. */
export function splitList(raw: string): string[] {
  return [...new Set(raw.split(';').map((s) => s.trim()).filter((s) => s !== ''))];
}

/** A `;`-separated list; a blank cell is an empty list. */
export const semicolonList = z.string().transform((raw) => splitList(raw));
