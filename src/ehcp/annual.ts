/**
 * A calendar year's totals from the monthly file, for comparing with DfE's
 * yearly figures. Only a year with all 12 months counts: a part-year would
 * not be the same measure as DfE's.
 */
import type { EhcpMonth } from './read';

export interface CalendarYearTotals {
  year: number;
  issued: number;
  within: number;
  /** Excluding exceptions: only when every month of the year gives them. */
  issuedEx?: number | undefined;
  withinEx?: number | undefined;
  /** Months of the year without figures excluding exceptions (`2024-01`…). */
  monthsWithoutEx: string[];
}

/** Months of `year` in the file; undefined unless all 12 are there. */
export function calendarYearTotals(months: readonly EhcpMonth[], year: number): CalendarYearTotals | undefined {
  const inYear = months.filter((m) => m.month.startsWith(`${year}-`));
  if (new Set(inYear.map((m) => m.month)).size !== 12) return undefined;
  const sum = (pick: (m: EhcpMonth) => number) => inYear.reduce((total, m) => total + pick(m), 0);
  const withoutEx = inYear.filter((m) => m.plans_issued_den_ex === undefined || m.plans_issued_20_weeks_ex === undefined).map((m) => m.month).sort();
  const hasEx = withoutEx.length === 0;
  return {
    year,
    issued: sum((m) => m.plans_issued_den),
    within: sum((m) => m.plans_issued_within_20_weeks),
    issuedEx: hasEx ? sum((m) => m.plans_issued_den_ex!) : undefined,
    withinEx: hasEx ? sum((m) => m.plans_issued_20_weeks_ex!) : undefined,
    monthsWithoutEx: withoutEx,
  };
}
