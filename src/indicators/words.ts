/**
 * An indicator's figures in plain English: the latest figure, the change on
 * the period before, the target, the trend. Worked out once here, so cards,
 * pages and tests read the same sentences.
 */
import { isoMonth } from '../core/dates';
import { formatMonth, formatNumber, formatPercent, formatPercent1 } from '../core/format';
import type { Indicator } from './schema';
import { DECIMALS, judgeChange, roundTo, shownValue, type Figure, type IndicatorPoint, type TargetStatus } from './stats';

/** The unit for a number: "appeals", or "appeal" for exactly 1. */
export function unitFor(indicator: Indicator, value: number): string {
  return value === 1 && /[^s]s$/.test(indicator.unit) ? indicator.unit.slice(0, -1) : indicator.unit;
}

/** A shown number for reading: "62%", "14 appeals", "21.4 weeks". */
export function withUnit(indicator: Indicator, value: number): string {
  if (indicator.measure === 'percentage') return formatPercent(value);
  // Averages read to one decimal place, without a trailing ".0" (a target typed as 20 reads "20 weeks").
  const n = formatNumber(indicator.measure === 'average' ? roundTo(value, DECIMALS.average) : value);
  return `${n} ${unitFor(indicator, value)}`;
}

/**
 * A number for a sentence. Percentages are whole ("62%"), unless that would
 * make it look equal to the figure it is compared with when it is not: then
 * one decimal ("79.6%", against a target of 80%).
 */
export function readable(indicator: Indicator, value: number, comparedWith?: number): string {
  const oneDecimal = roundTo(value, 1);
  const close = comparedWith !== undefined && Math.round(value) === Math.round(comparedWith) && oneDecimal !== roundTo(comparedWith, 1) && !Number.isInteger(oneDecimal);
  return indicator.measure === 'percentage' && close ? formatPercent1(value) : withUnit(indicator, value);
}

/** A figure in a table cell: "62.0%", "14", "21.4", "fewer than 5", "not shown". */
export function tableText(indicator: Indicator, figure: Figure, threshold: number): string {
  switch (figure.state) {
    case 'shown':
      if (indicator.measure === 'percentage') return formatPercent1(figure.value);
      return indicator.measure === 'average' ? figure.value.toFixed(DECIMALS.average) : formatNumber(figure.value);
    case 'withheld':
      return indicator.measure === 'count' ? `fewer than ${threshold}` : 'not shown';
    case 'not-available':
      return 'no figure';
    case 'not-applicable':
      return 'none to count';
  }
}

/** A figure for reading, as big as a card shows it: "62%", "fewer than 5", "no figure". */
export function headlineNumber(indicator: Indicator, figure: Figure, threshold: number): string {
  if (figure.state !== 'shown') return tableText(indicator, figure, threshold);
  return indicator.measure === 'percentage' ? readable(indicator, figure.value, indicator.target) : tableText(indicator, figure, threshold);
}

/** The unit printed beside a card's big number, if any ("weeks"; none for "%" or words). */
export function headlineUnit(indicator: Indicator, figure: Figure): string | undefined {
  if (indicator.measure === 'percentage') return undefined;
  if (figure.state === 'shown') return unitFor(indicator, figure.value);
  return figure.state === 'withheld' ? indicator.unit : undefined;
}

/** "The latest figure, for October 2026, is 62% (81 out of 130)." */
export function latestSentence(indicator: Indicator, latest: IndicatorPoint | undefined, threshold: number): string {
  // Compared with the target in the next sentence, so it must not read as equal to it when it is not.
  if (!latest) return 'No figures have been published yet.';
  const { figure, label } = latest;
  if (figure.state === 'shown') {
    const counts = latest.numerator?.shown && latest.denominator?.shown ? ` (${formatNumber(latest.numerator.value)} out of ${formatNumber(latest.denominator.value)})` : '';
    const average = indicator.measure === 'average' ? ' on average' : '';
    return `The latest figure, for ${label}, is ${readable(indicator, figure.value, indicator.target)}${average}${counts}.`;
  }
  if (figure.state === 'withheld') {
    return indicator.measure === 'count'
      ? `The latest figure, for ${label}, is fewer than ${threshold} ${indicator.unit}. We do not give the exact number, so that no child can be identified.`
      : `The figure for ${label} is not shown, because the numbers are small enough that a child could be identified.`;
  }
  if (figure.state === 'not-applicable') return `There was nothing to count in ${label}, so there is no percentage.`;
  return `There is no figure for ${label}.`;
}

/** "Up from 55% in September 2026, which is better." Undefined when there is no figure for the period before. */
export function changeSentence(indicator: Indicator, latest: IndicatorPoint | undefined, previous: IndicatorPoint | undefined): string | undefined {
  if (!latest || !previous) return undefined;
  const now = shownValue(indicator, latest.figure);
  const then = shownValue(indicator, previous.figure);
  if (now === undefined || then === undefined) return `It cannot be compared with ${previous.label}, because one of the two figures is not shown.`;
  const change = latest.change ?? 0;
  if (change === 0) return `The same as in ${previous.label}.`;
  const judged = judgeChange(indicator, change);
  return `${change > 0 ? 'Up' : 'Down'} from ${readable(indicator, then, now)} in ${previous.label}${judged ? `, which is ${judged}` : ''}.`;
}

/** The target in words: "80% by March 2027". */
export function targetText(indicator: Indicator): string | undefined {
  if (indicator.target === undefined) return undefined;
  return `${withUnit(indicator, indicator.target)}${indicator.target_by ? ` by ${formatMonth(indicator.target_by)}` : ''}`;
}

export const TARGET_LABELS: Record<TargetStatus, string> = {
  met: 'Target met',
  'not-met': 'Target not met',
  'no-target': 'No target set',
  unknown: 'Target: cannot tell',
};

/** Whether the target is met, in a sentence that gives the target itself. */
export function targetSentence(indicator: Indicator, status: TargetStatus, today: Date): string {
  const target = targetText(indicator);
  if (status === 'no-target' || target === undefined) {
    return indicator.better === 'neither'
      ? 'There is no target: a higher or lower figure is not better or worse in itself. It shows how much is happening.'
      : 'There is no target for this measure.';
  }
  const passed = indicator.target_by !== undefined && indicator.target_by < isoMonth(today);
  const is = passed ? 'was' : 'is';
  if (status === 'unknown') return `The target ${is} ${target}. We cannot say whether the latest figure meets it, because it is not shown.`;
  if (status === 'met') return `The target ${is} ${target}, and the latest figure meets it.`;
  const side = indicator.better === 'higher' ? 'below' : 'above';
  return `The target ${is} ${target}, and the latest figure is ${side} it${passed ? ', so the target was missed' : ''}.`;
}

/**
 * The figure's active title: the main message, led by the latest figure and
 * then the target (or, without one, the change): "62% in October 2026, below the target of 80%".
 */
export function headline(indicator: Indicator, latest: IndicatorPoint | undefined, previous: IndicatorPoint | undefined, status: TargetStatus, threshold: number): string {
  if (!latest) return 'No figures have been published yet';
  const { figure, label } = latest;
  if (figure.state === 'withheld') {
    return indicator.measure === 'count' ? `Fewer than ${threshold} ${indicator.unit} in ${label}` : `Too few in ${label} to show a percentage safely`;
  }
  if (figure.state !== 'shown') return `No figure for ${label}`;
  const then = previous ? shownValue(indicator, previous.figure) : undefined;
  const judged = status === 'met' || status === 'not-met';
  const average = indicator.measure === 'average' ? ' on average' : '';
  const base = `${readable(indicator, figure.value, judged ? indicator.target : then)}${average} in ${label}`;
  if (judged) {
    const side = status === 'met' ? 'meeting' : indicator.better === 'higher' ? 'below' : 'above';
    return `${base}, ${side} the target of ${readable(indicator, indicator.target!, figure.value)}`;
  }
  if (then === undefined || latest.change === undefined) return base;
  if (latest.change === 0) return `${base}, the same as in ${previous!.label}`;
  return `${base}, ${latest.change > 0 ? 'up' : 'down'} from ${readable(indicator, then, figure.value)} in ${previous!.label}`;
}

/** The trend line's text equivalent: "From 48% in November 2024 to 62% in October 2026 (lowest 41% in March 2025)." */
export function trendSentence(indicator: Indicator, points: readonly IndicatorPoint[]): string {
  const shown = points.flatMap((p) => {
    const value = shownValue(indicator, p.figure);
    return value === undefined ? [] : [{ p, value }];
  });
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last || shown.length < 2) return 'There are not enough figures yet to show a trend.';
  // The lowest and highest are worth saying only when they are not the two ends already given.
  const ends = (x: { value: number }) => x.value === first.value || x.value === last.value;
  const low = shown.reduce((a, b) => (b.value < a.value ? b : a));
  const high = shown.reduce((a, b) => (b.value > a.value ? b : a));
  const extremes = [
    ends(low) ? undefined : `lowest ${withUnit(indicator, low.value)} in ${low.p.label}`,
    ends(high) ? undefined : `highest ${withUnit(indicator, high.value)} in ${high.p.label}`,
  ].filter(Boolean);
  const range = extremes.length ? ` (${extremes.join(', ')})` : '';
  return `From ${withUnit(indicator, first.value)} in ${first.p.label} to ${withUnit(indicator, last.value)} in ${last.p.label}${range}.`;
}

/** The change column of a table: "up 4.2 points", "down 3", "no change". */
export function changeCell(indicator: Indicator, change: number | undefined): string {
  if (change === undefined) return '';
  if (change === 0) return 'no change';
  const size = Math.abs(change);
  const amount = indicator.measure === 'count' ? formatNumber(size) : size.toFixed(DECIMALS[indicator.measure]);
  const unit = indicator.measure === 'percentage' ? ' points' : indicator.measure === 'average' ? ` ${indicator.unit}` : '';
  return `${change > 0 ? 'up' : 'down'} ${amount}${unit}`;
}

const EVERY: Record<Indicator['frequency'], string> = { monthly: 'month', quarterly: 'quarter (3 months)', annual: 'year' };

/** "What this measures", beyond the description: how the figure is made, which way is better, how often it comes. */
export function aboutMeasure(indicator: Indicator): string[] {
  const period = EVERY[indicator.frequency].replace(/ \(.*\)$/, '');
  const how = {
    percentage: `The figure is a percentage: how many met the measure, out of all those counted in the ${period}. It is worked out from the two counts, which the table also gives.`,
    count: `The figure is the number of ${indicator.unit} in each ${period}.`,
    average: `The figure is an average, in ${indicator.unit}, for each ${period}.`,
  }[indicator.measure];
  const better = {
    higher: 'A higher figure is better.',
    lower: 'A lower figure is better.',
    neither: 'A higher or lower figure is not better or worse in itself: it shows how much is happening.',
  }[indicator.better];
  return [how, better, `There is a new figure every ${EVERY[indicator.frequency]}.`];
}
