/**
 * Everything the EHCP page, the home page and the downloads need, worked out
 * once from the dataset: figures, sentences, dates and footnotes.
 */
import type { EhcpNationalYear } from './read';
import type { EhcpData } from './read';
import { firstUpdateDue } from './open-data';
import { deriveMonthlyStats, headline, nationalFor, summarySentence, type EhcpMonthStat } from './stats';
import { addMonths, formatDate, formatMonth, formatNumber, formatPercent } from '../core/format';
import { dueDate } from '../core/schedule';
import { countText } from '../core/suppression';
import { DERIVED_FOOTNOTE, footnoteNumbers, suppressionFootnote, type Footnote } from '../ui/footnotes';
import { revisionsByKey, revisionNote, type Revision } from '../core/history/revisions';
import { downloadHref } from '../core/open-data';
import { lastUpdatedRow, nextUpdateRow, type DateRow } from '../ui/dates-panel/dates-panel';
import type { LineChartData } from '../ui/line-chart/chart-data';
import { ehcpChartData } from './chart';
import { publishingSchedule } from './open-data';

export interface EhcpView {
  stats: EhcpMonthStat[];
  latest: EhcpMonthStat | undefined;
  title: string;
  summary: string;
  period: string;
  england: EhcpNationalYear | undefined;
  national: EhcpNationalYear[];
  files: EhcpData['files'];
  footnotes: Footnote[];
  /** The footnote number of each month that has a note, for the table. */
  noteNumbers: Map<string, number>;
  /** The footnote number of each revised month, for the table's "revised" mark. */
  revisedNumbers: Map<string, number>;
  /** When the next month's figures are due, and which month they are for. */
  next: { due: string; month: string } | undefined;
  /** The newest month's figure and the 12-month figure, each saying which it is: the home page gives one, the headline the other. */
  figures: OneAndTwelve | undefined;
}

export interface OneAndTwelve {
  /** "In October 2026 alone, 64% of new plans were issued within 20 weeks (66 of 103)." */
  month: string;
  /** "In the 12 months to October 2026, 61% of new plans were issued within 20 weeks.", once there are 12 months. */
  twelve: string | undefined;
}

/** Which figure is one month and which is twelve, in words, for the newest month. */
export function oneAndTwelve(latest: EhcpMonthStat | undefined, threshold: number): OneAndTwelve | undefined {
  if (!latest) return undefined;
  const month = formatMonth(latest.month);
  const count = (d: EhcpMonthStat['issued']) => countText(d, threshold, formatNumber);
  return {
    month: latest.percent.shown
      ? `In ${month} alone, ${formatPercent(latest.percent.value)} of new plans were issued within 20 weeks (${count(latest.within)} of ${count(latest.issued)}).`
      : `In ${month} alone, too few plans were issued to show a percentage.`,
    twelve: latest.rolling12?.shown ? `In the 12 months to ${month}, ${formatPercent(latest.rolling12.value)} of new plans were issued within 20 weeks.` : undefined,
  };
}

export interface EhcpViewOptions {
  threshold: number;
  /** The day of the month after next by which figures are published. */
  publishDay: number;
  /** The revisions log's entries for the timeliness file. */
  revisions?: readonly Revision[];
  /** Today, for when an area with no figures yet should publish its first. */
  today?: Date;
}

/** What every page says before the first month is published. */
export function noFiguresYet(due: string): string {
  return `No figures yet: the first are due by ${formatDate(due)}.`;
}

/** The notes every EHCP figure carries, before any month's own note. */
export function generalNotes(threshold: number): Footnote[] {
  return [
    suppressionFootnote(threshold),
    DERIVED_FOOTNOTE,
    { id: 'rolling', text: 'The 12-month figure adds up the plans in the 12 months ending that month. It changes less from month to month than a single month does.' },
    { id: 'england', text: 'The England figure is for the whole calendar year, from the Department for Education (DfE). It is published once a year, in June.' },
  ];
}

export function monthNoteId(month: string): string {
  return `month-${month}`;
}

export function revisedNoteId(month: string): string {
  return `revised-${month}`;
}

export function ehcpView(data: Pick<EhcpData, 'months' | 'national' | 'files'>, { threshold, publishDay, revisions = [], today }: EhcpViewOptions): EhcpView {
  const { national } = data;
  const revised = revisionsByKey(revisions);
  const stats = deriveMonthlyStats(data.months, threshold).map((s) => (revised.has(s.month) ? { ...s, revised: true } : s));
  const first = stats[0];
  const latest = stats.at(-1);
  // Revisions come after the months' own notes, so those keep their numbers when a revision is added.
  const footnotes = [
    ...generalNotes(threshold),
    ...stats.filter((s) => s.note).map((s) => ({ id: monthNoteId(s.month), text: `${formatMonth(s.month)}: ${s.note}` })),
    ...stats.filter((s) => s.revised).map((s) => ({ id: revisedNoteId(s.month), text: revisionNote(revised.get(s.month)!, threshold) })),
  ];
  const numbers = footnoteNumbers(footnotes);
  const nextMonth = latest ? addMonths(latest.month, 1) : undefined;
  const next = nextMonth ? { due: dueDate(nextMonth, publishDay), month: nextMonth } : today ? firstUpdateDue(today, publishDay) : undefined;
  return {
    stats,
    latest,
    title: headline(stats, national),
    summary: !latest && next ? noFiguresYet(next.due) : summarySentence(stats, national, threshold),
    period: first && latest ? `${formatMonth(first.month)} to ${formatMonth(latest.month)}` : '',
    england: latest ? nationalFor(national, latest.month) : undefined,
    national: [...national],
    files: data.files,
    footnotes,
    noteNumbers: new Map(stats.filter((s) => s.note).map((s) => [s.month, numbers.get(monthNoteId(s.month))!])),
    revisedNumbers: new Map(stats.filter((s) => s.revised).map((s) => [s.month, numbers.get(revisedNoteId(s.month))!])),
    next,
    figures: oneAndTwelve(latest, threshold),
  };
}

/** What the EHCP figures page shows besides the view: its dates, chart, words about the figure, source and downloads. */
export interface EhcpPage extends EhcpView {
  updated: string;
  dates: DateRow[];
  chart: LineChartData;
  subtitle: string;
  source: string;
  downloads: { href: string; label: string }[];
  /** "by the 21st of the month after next". */
  schedule: string;
}

export interface EhcpPageOptions {
  /** When the timeliness file last changed. */
  updated: string;
  areaName: string;
  council: string;
  brandColour: string;
  publishDay: number;
}

export function ehcpPage(view: EhcpView, { updated, areaName, council, brandColour, publishDay }: EhcpPageOptions): EhcpPage {
  const { next, files } = view;
  return {
    ...view,
    updated,
    dates: [lastUpdatedRow(updated), ...(next ? [nextUpdateRow(next.due, formatMonth(next.month))] : [])],
    chart: ehcpChartData(view.stats, view.national, areaName, brandColour),
    subtitle: `Percentage of new EHC plans issued within 20 weeks, ${areaName}, ${view.period}`,
    source: `${council} case records (${files.timeliness}); England: DfE, Education, health and care plans (${files.national})`,
    downloads: [
      { href: downloadHref('ehcp-timeliness', 'csv'), label: 'CSV (spreadsheet)' },
      { href: downloadHref('ehcp-timeliness', 'json'), label: 'JSON' },
    ],
    schedule: publishingSchedule(publishDay),
  };
}
