/**
 * EHCP timeliness as tidy open data, in the shape of the DfE file so the two
 * can be joined. Withheld counts are `c`, figures not collected are `x`
 * (the GSS symbols used by Explore Education Statistics).
 */
import type { EhcpMonthStat } from './stats';
import { addMonths } from '../core/format';
import { isoDay } from '../core/dates';
import { countCell, type Disclosed } from '../core/suppression';

export const EHCP_OPEN_DATA_COLUMNS = [
  'time_period', 'time_identifier', 'geographic_level', 'la_name',
  'plans_issued_den', 'plans_issued_within_20_weeks', 'pc_plans_issued_within_20_weeks',
  'plans_issued_den_ex', 'plans_issued_20_weeks_ex', 'pc_plans_issued_20_weeks_ex',
  'pc_plans_issued_within_20_weeks_rolling_12_months', 'requests_received', 'note', 'revised',
] as const;

export type EhcpOpenDataRow = Record<(typeof EHCP_OPEN_DATA_COLUMNS)[number], string | number>;

function cell(d: Disclosed | undefined, decimals = 0): string | number {
  return d === undefined ? 'x' : countCell(d, decimals);
}

export function ehcpOpenData(stats: readonly EhcpMonthStat[], areaName: string): EhcpOpenDataRow[] {
  return stats.map((s) => ({
    time_period: s.month,
    time_identifier: 'Month',
    geographic_level: 'Local authority',
    la_name: areaName,
    plans_issued_den: cell(s.issued),
    plans_issued_within_20_weeks: cell(s.within),
    pc_plans_issued_within_20_weeks: cell(s.percent, 1),
    plans_issued_den_ex: cell(s.issuedEx),
    plans_issued_20_weeks_ex: cell(s.withinEx),
    pc_plans_issued_20_weeks_ex: cell(s.percentEx, 1),
    pc_plans_issued_within_20_weeks_rolling_12_months: s.rolling12 === undefined ? 'z' : cell(s.rolling12, 1),
    requests_received: cell(s.requests),
    note: s.note ?? '',
    // `r` (revised) in its own column, so every figure column stays a number.
    revised: s.revised ? 'r' : '',
  }));
}

/** When the next month's figures are due: the set day of the month after next. */
export function nextUpdateDue(latestMonth: string, dayOfMonth: number): string {
  return `${addMonths(latestMonth, 2)}-${String(dayOfMonth).padStart(2, '0')}`;
}

/**
 * When an area with no figures yet should publish its first: the next
 * publishing day on or after today (the day in England), with the figures for
 * the month before it. On the publishing day itself they are due that day.
 */
export function firstUpdateDue(today: Date, dayOfMonth: number): { due: string; month: string } {
  const day = isoDay(today);
  const thisMonth = day.slice(0, 7);
  const dueMonth = Number(day.slice(8, 10)) <= dayOfMonth ? thisMonth : addMonths(thisMonth, 1);
  return { due: `${dueMonth}-${String(dayOfMonth).padStart(2, '0')}`, month: addMonths(dueMonth, -1) };
}

/** 20 → "20th", 1 → "1st", 22 → "22nd". */
export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The schedule in words, from the day in the site configuration: "by the 20th of the following month". */
export function publishingSchedule(dayOfMonth: number): string {
  return `by the ${ordinal(dayOfMonth)} of the following month`;
}
