/**
 * A sample or local area's own yearly figures, worked out from its monthly
 * EHCP file for the same calendar years as DfE's, so they compare like with like.
 */
import type { EhcpMonth } from '../ehcp/read';
import { calendarYearTotals } from '../ehcp/annual';
import { disclosePercent } from '../core/suppression';
import { round1 } from '../core/format';
import type { OwnFigure, OwnFigures } from './comparators';

function percentFigure(within: number, den: number, threshold: number): OwnFigure {
  const pct = disclosePercent(within, den, threshold);
  if (!pct.shown) return { source: 'local', reason: 'Too few plans were issued to show a percentage without risking identifying children.' };
  return { value: round1(pct.value), numerator: within, denominator: den, source: 'local' };
}

export function localFigures(months: readonly EhcpMonth[], years: readonly string[], threshold: number): OwnFigures {
  const all: Record<string, OwnFigure> = {};
  const ex: Record<string, OwnFigure> = {};
  for (const period of years) {
    const year = Number(period);
    const totals = calendarYearTotals(months, year);
    if (!totals) {
      const have = new Set(months.filter((m) => m.month.startsWith(`${period}-`)).map((m) => m.month)).size;
      const reason = have === 0 ? `We have no monthly figures for ${period}.` : `We have figures for ${have} of the 12 months of ${period}, so there is no figure for the whole year.`;
      all[period] = { source: 'local', reason };
      ex[period] = { source: 'local', reason };
      continue;
    }
    all[period] = percentFigure(totals.within, totals.issued, threshold);
    ex[period] = totals.issuedEx !== undefined && totals.withinEx !== undefined
      ? percentFigure(totals.withinEx, totals.issuedEx, threshold)
      : { source: 'local', reason: `We have figures not counting exceptions for ${12 - totals.monthsWithoutEx.length} of the 12 months of ${period}, so there is no figure for the whole year.` };
  }
  return { plans_20_weeks: all, plans_20_weeks_ex: ex };
}
