/**
 * The improvement plan's progress over reviews as a line chart: the share of
 * actions achieved, and the share achieved or on track, at each review. The
 * table beside the chart gives every status's count.
 */
import type { LineChartData } from '../ui/line-chart/chart-data';
import { formatDate, formatMonth, formatPercent, round1 } from '../core/format';
import type { ReviewCounts, StatusCounts } from './stats';
import type { Footnote } from '../ui/footnotes';

/** Share achieved or on track, 0–100 unrounded. */
export function achievedOrOnTrack(c: StatusCounts): number {
  return c.percent.achieved + c.percent['on track'];
}

/** Short axis label for a review date: `2025-07-11` → "Jul 2025". */
export function reviewLabel(date: string): string {
  return formatMonth(date.slice(0, 7)).replace(/^(\w{3})\w*/, '$1');
}

export function planChartData(history: readonly ReviewCounts[], brandColour: string): LineChartData {
  return {
    labels: history.map((h) => reviewLabel(h.date)),
    series: [
      { label: 'Achieved', values: history.map((h) => round1(h.counts.percent.achieved)), style: 'solid', point: 'circle', colour: brandColour },
      { label: 'Achieved or on track', values: history.map((h) => round1(achievedOrOnTrack(h.counts))), style: 'dashed', point: 'triangle', colour: '#a63d00' },
    ],
    yLabel: 'Per cent of actions',
    yMax: 100,
    unit: '%',
  };
}

/** An active title that states the message: "The share of actions achieved rose from 62% to 93%". */
export function planChartTitle(history: readonly ReviewCounts[]): string {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return 'There are no progress reviews yet';
  const [from, to] = [formatPercent(first.counts.percent.achieved), formatPercent(last.counts.percent.achieved)];
  if (history.length === 1) return `${to} of actions were achieved at the first review`;
  if (from === to) return `The share of actions achieved has stayed at ${to}`;
  return `The share of actions achieved ${last.counts.percent.achieved > first.counts.percent.achieved ? 'rose' : 'fell'} from ${from} to ${to}`;
}

/** One sentence for the chart, naming the first and latest review. */
export function planChartSummary(history: readonly ReviewCounts[]): string {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return 'There are no progress reviews yet.';
  const at = (h: ReviewCounts) =>
    `${h.counts.count.achieved} of ${h.counts.total} actions (${formatPercent(h.counts.percent.achieved)}) were achieved and ${formatPercent(achievedOrOnTrack(h.counts))} were achieved or on track`;
  if (history.length === 1) return `At the review on ${formatDate(last.date)}, ${at(last)}.`;
  return `At the review on ${formatDate(first.date)}, ${at(first)}. By the review on ${formatDate(last.date)}, ${at(last)}.`;
}

export interface PlanFigure {
  title: string;
  subtitle: string;
  summary: string;
  footnotes: Footnote[];
  chart: LineChartData;
  source: string;
}

/** The progress chart's figure, worked out once: title, subtitle, summary, notes, chart and source. */
export function planFigure(history: readonly ReviewCounts[], options: { areaName: string; council: string; brandColour: string; reviewsFolder: string }): PlanFigure | undefined {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return undefined;
  const changedTotal = history.some((h) => h.counts.total !== first.counts.total);
  return {
    title: planChartTitle(history),
    subtitle: `Per cent of improvement plan actions achieved, and achieved or on track, at each progress review, ${options.areaName}, ${formatDate(first.date)} to ${formatDate(last.date)}`,
    summary: planChartSummary(history),
    footnotes: [
      { id: 'all-actions', text: 'Each review lists every action in the plan, including those already achieved. Percentages are of all the actions at that review, and are worked out when the site is built.' },
      ...(changedTotal ? [{ id: 'total-changed', text: `The number of actions changed from ${first.counts.total} to ${last.counts.total} as actions were added to or taken out of the plan.` }] : []),
      { id: 'on-track', text: '"Achieved or on track" adds the actions that are achieved to those that are on track to be achieved by their due date.' },
    ],
    chart: planChartData(history, options.brandColour),
    source: `${options.council} and NHS progress reviews (${options.reviewsFolder}/, ${history.length} files)`,
  };
}
