/**
 * Everything an indicator's page and card show, worked out once from the
 * committed files: figures, sentences, footnotes, table, chart and links.
 * Components only lay these out.
 */
import { lastUpdatedRow, nextUpdateRow, type DateRow } from '../ui/dates-panel/dates-panel';
import { isoDay } from '../core/dates';
import { formatMonth, ordinal } from '../core/format';
import { downloadHref } from '../core/open-data';
import { dueDate } from '../core/schedule';
import type { LineChartData } from '../ui/line-chart/chart-data';
import { DERIVED_FOOTNOTE, footnoteAnchor, footnoteNumbers, suppressionFootnote, type Footnote } from '../ui/footnotes';
import { areaPath } from '../plan/view';
import { indicatorChartData, axisLabel } from './chart';
import { periodLabel, shiftPeriod, type Period } from './period';
import type { Indicator, IndicatorValue } from './schema';
import { sparkline, type Sparkline } from './sparkline';
import { derivePoints, latestAndPrevious, shownValue, targetStatus, type IndicatorPoint, type TargetStatus } from './stats';
import { indicatorTable, type IndicatorTable } from './table';
import { aboutMeasure, changeSentence, headline, headlineNumber, headlineUnit, latestSentence, TARGET_LABELS, targetSentence, targetText, trendSentence } from './words';

/**
 * A figure for the same measure elsewhere (England, the region, statistical
 * neighbours). Filled by the DfE comparisons feature; empty until then.
 */
export interface Comparator {
  /** Who the figure is for, e.g. "England". */
  label: string;
  /** The period it covers, in words, e.g. "2024". */
  period: string;
  /** The figure in words, e.g. "46%". */
  value: string;
  /** Where it comes from, e.g. "DfE, Education, health and care plans, 2025". */
  source: string;
}

export interface PlanAreaLink {
  id: string;
  title: string;
  href: string;
}

export interface TargetView {
  status: TargetStatus;
  /** "Target met", "Target not met", "No target set". */
  label: string;
  sentence: string;
  /** "80% by March 2027", when there is a target. */
  text: string | undefined;
}

export interface IndicatorView {
  indicator: Indicator;
  href: string;
  points: IndicatorPoint[];
  latest: IndicatorPoint | undefined;
  previous: IndicatorPoint | undefined;
  /** The figure's active title, stating the main message. */
  title: string;
  subtitle: string;
  /** The sentences under the title: latest figure, change and target. */
  summary: string;
  latestSentence: string;
  change: string | undefined;
  /** "What this measures", after the description: how the figure is made and which way is better. */
  about: string[];
  target: TargetView;
  trend: { sentence: string; sparkline: Sparkline | undefined };
  /** The latest figure as a card shows it large. */
  big: { number: string; unit: string | undefined };
  footnotes: Footnote[];
  table: IndicatorTable;
  chart: LineChartData;
  planAreas: PlanAreaLink[];
  /** Slot for the comparisons feature (issue 11); always empty here. */
  comparators: Comparator[];
  downloads: ReturnType<typeof indicatorDownloads>;
  /** `date` is `YYYY-MM-DD`; `period` names the figures due ("November 2026"); `late` once the date has passed. */
  nextUpdate: { date: string; period: string; late: boolean } | undefined;
}

export interface ViewContext {
  threshold: number;
  areaName: string;
  brandColour: string;
  today: Date;
  /** The day of the month figures are published, after the period they cover ends. */
  publishDay: number;
  /** The improvement plan's areas, to name and link those an indicator measures. */
  areas: readonly { area_id: string; title: string }[];
}

/** The id of the figure on an indicator page; footnote anchors are `indicator-note-<n>`. */
export const FIGURE_ID = 'indicator';

/** One indicator's own downloads, linked from its page: `/open-data/indicators/<id>.csv` and `.json`. */
export function indicatorDownloads(id: string): { href: string; label: string; format: 'csv' | 'json' }[] {
  return [
    { href: downloadHref(`indicators/${id}`, 'csv'), label: 'CSV (spreadsheet)', format: 'csv' },
    { href: downloadHref(`indicators/${id}`, 'json'), label: 'JSON', format: 'json' },
  ];
}

export function indicatorPath(id: string): string {
  return `/data/${id}/`;
}

/** When the next period's figures are due: the publishing day of the month after that period ends. */
export function nextUpdateDue(latest: Period, publishDay: number, today: Date): { date: string; period: Period; late: boolean } {
  const next = shiftPeriod(latest, 1);
  const date = dueDate(next.end, publishDay);
  return { date, period: next, late: date < isoDay(today) };
}

function footnotesFor(indicator: Indicator, points: readonly IndicatorPoint[], ctx: ViewContext): Footnote[] {
  const notes: Footnote[] = [];
  const { threshold } = ctx;
  if (indicator.measure === 'count') notes.push(suppressionFootnote(threshold, false));
  if (indicator.measure === 'percentage') notes.push(suppressionFootnote(threshold), DERIVED_FOOTNOTE);
  const target = targetText(indicator);
  if (target) notes.push({ id: 'target', text: `The target is ${target}. On the chart it is the line labelled “Target”.` });
  notes.push({ id: 'schedule', text: `We publish the figures for each ${points[0]?.period.kind ?? 'period'} by the ${ordinal(ctx.publishDay)} of the month after it ends.` });
  for (const p of points) if (p.note) notes.push({ id: `note-${p.period.key}`, text: `${p.label}: ${p.note}` });
  return notes;
}

/** "November 2024 to October 2026"; quarters by their months ("October 2024 to September 2026"); years "2022 to 2026". */
export function periodRange(first: Period, last: Period): string {
  if (first.kind === 'year') return `${first.key} to ${last.key}`;
  return `${formatMonth(first.start)} to ${formatMonth(last.end)}`;
}

/** The view from points already worked out (the EHCP card makes its points from its own file). */
export function viewFromPoints(indicator: Indicator, points: IndicatorPoint[], ctx: ViewContext, comparators: Comparator[] = []): IndicatorView {
  const { threshold } = ctx;
  const { latest, previous } = latestAndPrevious(points);
  const status = targetStatus(indicator, latest);
  const latestWords = latestSentence(indicator, latest, threshold);
  const change = changeSentence(indicator, latest, previous);
  const target: TargetView = { status, label: TARGET_LABELS[status], sentence: targetSentence(indicator, status, ctx.today), text: targetText(indicator) };
  const footnotes = footnotesFor(indicator, points, ctx);
  const numbers = footnoteNumbers(footnotes);
  const noteNumber = (p: IndicatorPoint) => numbers.get(`note-${p.period.key}`);
  const first = points[0];
  const due = latest ? nextUpdateDue(latest.period, ctx.publishDay, ctx.today) : undefined;
  return {
    indicator,
    href: indicatorPath(indicator.id),
    points,
    latest,
    previous,
    title: headline(indicator, latest, previous, status, threshold),
    subtitle: [`${axisLabel(indicator)}, by ${first?.period.kind ?? 'period'}`, ctx.areaName, first && latest ? periodRange(first.period, latest.period) : undefined].filter(Boolean).join(', '),
    summary: [latestWords, change, target.sentence].filter(Boolean).join(' '),
    latestSentence: latestWords,
    change,
    about: aboutMeasure(indicator),
    target,
    trend: {
      sentence: trendSentence(indicator, points),
      sparkline: sparkline(points.map((p) => shownValue(indicator, p.figure) ?? null), indicator.target),
    },
    big: latest ? { number: headlineNumber(indicator, latest.figure, threshold), unit: headlineUnit(indicator, latest.figure) } : { number: 'no figures yet', unit: undefined },
    footnotes,
    table: indicatorTable(indicator, points, threshold, noteNumber, (n) => `#${footnoteAnchor(FIGURE_ID, n)}`),
    chart: indicatorChartData(indicator, points, ctx.areaName, ctx.brandColour),
    planAreas: indicator.plan_areas.flatMap((id) => {
      const area = ctx.areas.find((a) => a.area_id === id);
      return area ? [{ id, title: area.title, href: areaPath(id) }] : [];
    }),
    comparators,
    downloads: indicatorDownloads(indicator.id),
    nextUpdate: due ? { date: due.date, period: periodLabel(due.period), late: due.late } : undefined,
  };
}

/** The view of one indicator from its rows of values.csv. */
export function indicatorView(indicator: Indicator, values: readonly IndicatorValue[], ctx: ViewContext, comparators: Comparator[] = []): IndicatorView {
  return viewFromPoints(indicator, derivePoints(indicator, values, ctx.threshold), ctx, comparators);
}

/** An indicator's own page: the view with its dates panel and its source line. */
export interface IndicatorPage extends IndicatorView {
  updated: string;
  dates: DateRow[];
  source: string;
}

/** `valuesFile` is where the figures come from; `updated` when it last changed. */
export function indicatorPage(view: IndicatorView, valuesFile: string, updated: string): IndicatorPage {
  const { nextUpdate } = view;
  return {
    ...view,
    updated,
    dates: [lastUpdatedRow(updated), ...(nextUpdate ? [nextUpdateRow(nextUpdate.date, nextUpdate.period, nextUpdate.late)] : [])],
    source: `${view.indicator.source} (${valuesFile})`,
  };
}
