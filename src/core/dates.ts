/**
 * Reading dates typed by people: plain TypeScript with no dependencies, so the
 * same code runs in the data checks and in the browser (the timeline calculator).
 */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whether a day exists in a month (29 February only in leap years). */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A box of the GOV.UK date input: day, month and year. */
export type DatePart = 'day' | 'month' | 'year';

/**
 * Why a date typed in parts could not be read, and which boxes to mark:
 * `empty` nothing typed; `missing` some boxes left empty; `not-real` a day or
 * month that cannot be (32, 13, 29 February 2026) or a box that is not a number;
 * `year` a year without 4 numbers.
 */
export type DateProblem = { problem: 'empty' | 'missing' | 'not-real' | 'year'; parts: DatePart[] };

export type DatePartsResult = ({ ok: true; date: string } | ({ ok: false } & DateProblem));

/** The month as a number: `12`, `03`, or a name or its first three letters (`Dec`, `december`, `Sept`). */
function monthNumber(raw: string): number | undefined {
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  return /^[a-z]+\.?$/i.test(raw) ? monthIndex(raw.replace(/\.$/, '')) : undefined;
}

/** The three boxes, when the whole date was typed into the first ("15/12/2026", "15 December 2026"). */
function wholeDateInDay(day: string): [string, string, string] | undefined {
  const text = day.trim();
  const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/);
  if (iso) return [iso[3]!, iso[2]!, iso[1]!];
  // Day first, as in the UK: 15/12/2026, 15.12.2026, 15-12-2026, 15 12 2026, 15 December 2026, 15 Dec 2026.
  const ukOrder = text.match(/^(\d{1,2})(?:st|nd|rd|th)?[\s/.,-]+([a-z]+\.?|\d{1,2})[\s/.,-]+(\d+)(?: .*)?$/i);
  if (ukOrder) return [ukOrder[1]!, ukOrder[2]!, ukOrder[3]!];
  // Eight figures with nothing between them, as a phone keypad gives: 15122026.
  const run = text.match(/^(\d{2})(\d{2})(\d{4})$/);
  return run ? [run[1]!, run[2]!, run[3]!] : undefined;
}

/**
 * Reads a date typed in the GOV.UK date input's three boxes (day, month,
 * year); the month may be a number or a name. A whole date typed into the day
 * box, with the others empty, is read too. The same rules read a date in a page
 * address (`parseDate`), so the boxes and the address accept the same forms.
 */
export function parseDateParts(dayRaw: string, monthRaw: string, yearRaw: string): DatePartsResult {
  let [day, month, year] = [dayRaw.trim(), monthRaw.trim(), yearRaw.trim()];
  if (month === '' && year === '') {
    const whole = wholeDateInDay(day);
    if (whole) [day, month, year] = whole;
  }
  const boxes = { day, month, year };
  const empty = (Object.keys(boxes) as DatePart[]).filter((part) => boxes[part] === '');
  if (empty.length === 3) return { ok: false, problem: 'empty', parts: empty };
  if (empty.length > 0) return { ok: false, problem: 'missing', parts: empty };
  const m = monthNumber(month);
  const wrong: DatePart[] = [];
  if (!/^\d{1,2}$/.test(day)) wrong.push('day');
  if (m === undefined) wrong.push('month');
  if (wrong.length > 0) return { ok: false, problem: 'not-real', parts: wrong };
  if (!/^\d{4}$/.test(year)) return { ok: false, problem: 'year', parts: ['year'] };
  const [d, y] = [Number(day), Number(year)];
  if (m! < 1 || m! > 12) return { ok: false, problem: 'not-real', parts: ['month'] };
  if (!validDay(y, m!, d)) return { ok: false, problem: 'not-real', parts: ['day'] };
  return { ok: true, date: `${y}-${pad(m!)}-${pad(d)}` };
}

/**
 * Reads a date as `YYYY-MM-DD`, or day first as in the UK: `15/12/2026`,
 * `15 December 2026`, `15 Dec 2026`, `15.12.2026`; returns `YYYY-MM-DD`.
 */
export function parseDate(raw: string): { ok: true; date: string } | { ok: false; reason: string } {
  const text = raw.trim();
  const parts = wholeDateInDay(text);
  if (!parts || !/^\d{4}$/.test(parts[2])) return { ok: false, reason: 'it is not in a form we recognise' };
  const result = parseDateParts(...parts);
  return result.ok ? result : { ok: false, reason: `"${text}" is not a real date` };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A calendar month as `YYYY-MM`. */
export type Month = `${number}-${string}`;

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

// en-CA writes dates as YYYY-MM-DD.
const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day in the UK at an instant, `YYYY-MM-DD`: "today" for every
 * date check and sentence, whatever time zone the machine's clock is in. From
 * midnight to 1am in British Summer Time the day in UTC is still yesterday.
 */
export function isoDay(date: Date): string {
  return UK_DAY.format(date);
}

/** The calendar month in the UK at an instant, `YYYY-MM`. */
export function isoMonth(date: Date): Month {
  return isoDay(date).slice(0, 7) as Month;
}

/** Adds whole days to a `YYYY-MM-DD` date (negative for earlier). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The same day `years` later (or earlier); 29 February becomes 28 February in a year without one. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  return `${year}-${pad(m)}-${pad(validDay(year, m, d) ? d : d - 1)}`;
}
