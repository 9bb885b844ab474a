/**
 * Derived figures for an indicator: the figure for each period (a percentage
 * worked out from numerator and denominator, never typed), with small numbers
 * withheld; the change on the period before; and whether the target is met.
 */
import { disclose, disclosePercent, type Disclosed } from '../core/suppression';
import { periodLabel, periodShortLabel, shiftPeriod, type Period } from './period';
import type { Indicator, IndicatorValue, Measure } from './schema';

/** A figure as it may be published. Each state other than `shown` has a GSS symbol in downloads. */
export type Figure =
  | { state: 'shown'; value: number }
  /** Small numbers: `c`. */
  | { state: 'withheld' }
  /** No figure for the period (the row has only a note): `x`. */
  | { state: 'not-available' }
  /** A percentage of nothing (denominator 0): `z`. */
  | { state: 'not-applicable' };

export interface IndicatorPoint {
  period: Period;
  /** "October 2026", "July to September 2026", "2026". */
  label: string;
  /** "Oct 2026", "Jul–Sep 2026", "2026". */
  shortLabel: string;
  figure: Figure;
  /** Percentages only: the counts the percentage is made from. */
  numerator?: Disclosed | undefined;
  denominator?: Disclosed | undefined;
  /** Change on the period just before, as published (percentage points for a percentage); only when both are shown. */
  change?: number | undefined;
  note?: string | undefined;
}

/** Decimal places a figure is published with: one for percentages (as DfE) and averages, none for counts. */
export const DECIMALS: Record<Measure, number> = { percentage: 1, count: 0, average: 1 };

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The publishable figure for one row of values.csv. */
export function figureOf(indicator: Indicator, v: IndicatorValue, threshold: number): Figure {
  if (indicator.measure === 'percentage') {
    if (v.numerator === undefined || v.denominator === undefined) return { state: 'not-available' };
    if (v.denominator === 0) return { state: 'not-applicable' };
    const pct = disclosePercent(v.numerator, v.denominator, threshold);
    return pct.shown ? { state: 'shown', value: pct.value } : { state: 'withheld' };
  }
  if (v.value === undefined) return { state: 'not-available' };
  // The small-number rule applies to counts too; an average is not a count of children.
  if (indicator.measure === 'count' && !disclose(v.value, threshold).shown) return { state: 'withheld' };
  return { state: 'shown', value: v.value };
}

/** The figure as published, rounded; undefined unless shown. */
export function shownValue(indicator: Indicator, figure: Figure): number | undefined {
  return figure.state === 'shown' ? roundTo(figure.value, DECIMALS[indicator.measure]) : undefined;
}

/** One point per period, oldest first, from the indicator's rows of values.csv. */
export function derivePoints(indicator: Indicator, values: readonly IndicatorValue[], threshold: number): IndicatorPoint[] {
  const own = values.filter((v) => v.indicator_id === indicator.id).sort((a, b) => a.period.key.localeCompare(b.period.key));
  const points: IndicatorPoint[] = [];
  const decimals = DECIMALS[indicator.measure];
  for (const v of own) {
    const figure = figureOf(indicator, v, threshold);
    const before = shiftPeriod(v.period, -1).key;
    const previous = points.find((p) => p.period.key === before);
    const now = shownValue(indicator, figure);
    const then = previous ? shownValue(indicator, previous.figure) : undefined;
    const isPct = indicator.measure === 'percentage';
    points.push({
      period: v.period,
      label: periodLabel(v.period),
      shortLabel: periodShortLabel(v.period),
      figure,
      numerator: isPct && v.numerator !== undefined ? disclose(v.numerator, threshold) : undefined,
      denominator: isPct && v.denominator !== undefined ? disclose(v.denominator, threshold) : undefined,
      change: now !== undefined && then !== undefined ? roundTo(now - then, decimals) : undefined,
      note: v.note,
    });
  }
  return points;
}

export type TargetStatus = 'met' | 'not-met' | 'no-target' | 'unknown';

/** Whether the latest figure meets the target, judged on the figure as published. */
export function targetStatus(indicator: Indicator, latest: IndicatorPoint | undefined): TargetStatus {
  if (indicator.target === undefined || indicator.better === 'neither') return 'no-target';
  const value = latest ? shownValue(indicator, latest.figure) : undefined;
  if (value === undefined) return 'unknown';
  const met = indicator.better === 'higher' ? value >= indicator.target : value <= indicator.target;
  return met ? 'met' : 'not-met';
}

/** Whether a change is for the better, for the worse, or neither (no change, or no better direction). */
export function judgeChange(indicator: Indicator, change: number): 'better' | 'worse' | undefined {
  if (change === 0 || indicator.better === 'neither') return undefined;
  return (change > 0) === (indicator.better === 'higher') ? 'better' : 'worse';
}

/** The latest point with a figure of any kind, and the one for the period just before it. */
export function latestAndPrevious(points: readonly IndicatorPoint[]): { latest: IndicatorPoint | undefined; previous: IndicatorPoint | undefined } {
  const latest = points.at(-1);
  if (!latest) return { latest: undefined, previous: undefined };
  const before = shiftPeriod(latest.period, -1).key;
  return { latest, previous: points.find((p) => p.period.key === before) };
}
