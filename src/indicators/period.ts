/**
 * Periods an indicator is measured over: a month (`2026-10`), a calendar
 * quarter (`2026-Q3`, July to September) or a calendar year (`2026`).
 * Plain TypeScript, so pages, checks and tests share it.
 */
import { parseMonth, type Month } from '../core/fields';
import { addMonths, formatMonth } from '../core/format';

export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The kind of period each frequency is measured over. */
export const KIND_OF: Record<Frequency, PeriodKind> = { monthly: 'month', quarterly: 'quarter', annual: 'year' };

/** How many months one period of each kind covers. */
const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

export interface Period {
  kind: PeriodKind;
  /** As written in files and URLs: `2026-10`, `2026-Q3`, `2026`. Sorts correctly within one kind. */
  key: string;
  /** The first month it covers. */
  start: Month;
  /** The last month it covers. */
  end: Month;
}

/** An example of each kind, for messages. */
export const PERIOD_EXAMPLE: Record<PeriodKind, string> = {
  month: 'a month such as 2026-10',
  quarter: 'a quarter such as 2026-Q3 (Q3 is July to September)',
  year: 'a calendar year such as 2026',
};

function month(year: number, m: number): Month {
  return `${year}-${String(m).padStart(2, '0')}` as Month;
}

function yearPeriod(year: number): Period {
  return { kind: 'year', key: String(year), start: month(year, 1), end: month(year, 12) };
}

function quarterPeriod(year: number, q: number): Period {
  return { kind: 'quarter', key: `${year}-Q${q}`, start: month(year, q * 3 - 2), end: month(year, q * 3) };
}

function monthPeriod(m: Month): Period {
  return { kind: 'month', key: m, start: m, end: m };
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; reason: string };

/**
 * Reads a period as people type it: `2026` (a year), `2026-Q3`, `2026 Q3`,
 * `Q3 2026` (a quarter), or any month form Excel saves (`2026-10`, `Oct-26`, `01/10/2026`).
 */
export function parsePeriod(raw: string): PeriodResult {
  const text = raw.trim();
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    if (year < 2000 || year > 2100) return { ok: false, reason: `the year ${year} looks wrong` };
    return { ok: true, period: yearPeriod(year) };
  }
  const yearFirst = text.match(/^(\d{4})[\s-]*q(\d)$/i);
  const quarterFirst = text.match(/^q(\d)[\s-]*(\d{4})$/i);
  if (yearFirst || quarterFirst) {
    const year = Number(yearFirst ? yearFirst[1] : quarterFirst![2]);
    const q = Number(yearFirst ? yearFirst[2] : quarterFirst![1]);
    if (q < 1 || q > 4) return { ok: false, reason: `there is no quarter ${q} (quarters are Q1 to Q4)` };
    if (year < 2000 || year > 2100) return { ok: false, reason: `the year ${year} looks wrong` };
    return { ok: true, period: quarterPeriod(year, q) };
  }
  const asMonth = parseMonth(text);
  if (asMonth.ok) return { ok: true, period: monthPeriod(asMonth.month) };
  return { ok: false, reason: asMonth.reason };
}

/** Reads a period key that is already tidy (from a checked file); undefined if it is not one. */
export function periodFromKey(key: string): Period | undefined {
  const result = parsePeriod(key);
  return result.ok && result.period.key === key ? result.period : undefined;
}

/** The period `steps` periods later (negative for earlier), of the same kind. */
export function shiftPeriod(period: Period, steps: number): Period {
  const start = addMonths(period.start, steps * MONTHS_IN[period.kind]);
  const year = Number(start.slice(0, 4));
  if (period.kind === 'year') return yearPeriod(year);
  if (period.kind === 'quarter') return quarterPeriod(year, Math.ceil(Number(start.slice(5, 7)) / 3));
  return monthPeriod(start);
}

const SHORT_MONTH = (m: Month) => formatMonth(m).replace(/^(\w{3})\w*/, '$1');
const MONTH_NAME = (m: Month) => formatMonth(m).replace(/ \d{4}$/, '');

/** For sentences and tables: "October 2026", "July to September 2026", "2026". */
export function periodLabel(period: Period): string {
  if (period.kind === 'month') return formatMonth(period.start);
  if (period.kind === 'quarter') return `${MONTH_NAME(period.start)} to ${formatMonth(period.end)}`;
  return period.key;
}

/** For a chart's axis: "Oct 2026", "Jul–Sep 2026", "2026". */
export function periodShortLabel(period: Period): string {
  if (period.kind === 'month') return SHORT_MONTH(period.start);
  if (period.kind === 'quarter') return `${SHORT_MONTH(period.start).slice(0, 3)}–${SHORT_MONTH(period.end)}`;
  return period.key;
}
