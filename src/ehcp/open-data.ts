/**
 * EHCP timeliness as tidy open data, in the shape of the DfE file so the two
 * can be joined. Withheld counts are `c`, figures not collected are `x`
 * (the GSS symbols used by Explore Education Statistics).
 */
import type { EhcpMonthStat } from './stats';
import { addMonths, ordinal } from '../core/format';
import { dueDate } from '../core/schedule';
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

/**
 * When an area with no figures yet should publish its first: the next
 * publishing day on or after today (the day in England), with the figures for
 * the month before it. On the publishing day itself they are due that day.
 */
export function firstUpdateDue(today: Date, dayOfMonth: number): { due: string; month: string } {
  const day = isoDay(today);
  const thisMonth = day.slice(0, 7);
  const month = Number(day.slice(8, 10)) <= dayOfMonth ? addMonths(thisMonth, -1) : thisMonth;
  return { due: dueDate(month, dayOfMonth), month };
}

/** The schedule in words, from the day in the site configuration: "by the 20th of the following month". */
export function publishingSchedule(dayOfMonth: number): string {
  return `by the ${ordinal(dayOfMonth)} of the following month`;
}
