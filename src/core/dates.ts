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

/** Reads a date as `YYYY-MM-DD` or UK `DD/MM/YYYY`; returns `YYYY-MM-DD`. */
export function parseDate(raw: string): { ok: true; date: string } | { ok: false; reason: string } {
  const text = raw.trim();
  let match: RegExpMatchArray | null;
  let year: number;
  let month: number;
  let day: number;
  if ((match = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return { ok: false, reason: 'it is not in a form we recognise' };
  }
  if (!validDay(year, month, day)) return { ok: false, reason: `"${text}" is not a real date` };
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
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

/** The same day `years` later (or earlier); 29 February becomes 28 February in a year without one. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  return `${year}-${pad(m)}-${pad(validDay(year, m, d) ? d : d - 1)}`;
}
