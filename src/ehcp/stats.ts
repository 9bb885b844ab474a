/**
 * Derived EHCP timeliness figures: percentages, change on last month, rolling
 * 12 months and the England comparator, with small numbers withheld.
 * Percentages are always computed here, never typed into a file.
 */
import type { EhcpMonth, EhcpNationalYear } from './read';
import type { Month } from '../core/fields';
import { addMonths, formatMonth, formatMonthName, formatNumber, formatPercent, previousMonth, round1 } from '../core/format';
import { countText, disclose, disclosePercent, type Disclosed } from '../core/suppression';

export interface EhcpMonthStat {
  month: Month;
  issued: Disclosed;
  within: Disclosed;
  percent: Disclosed;
  /** Excluding exceptions; absent when the file does not give them for this month. */
  issuedEx?: Disclosed | undefined;
  withinEx?: Disclosed | undefined;
  percentEx?: Disclosed | undefined;
  requests?: Disclosed | undefined;
  /** Percentage-point change on the month before, when both are shown. */
  changeOnLastMonth?: number | undefined;
  /** All plans in the 12 months ending this month, once 12 months of figures exist. */
  rolling12?: Disclosed | undefined;
  note?: string | undefined;
  /** A published figure for this month has since changed (see the revisions log). */
  revised?: boolean | undefined;
}

export function deriveMonthlyStats(months: readonly EhcpMonth[], threshold: number): EhcpMonthStat[] {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const stats: EhcpMonthStat[] = [];
  for (const m of months) {
    const percent = disclosePercent(m.plans_issued_within_20_weeks, m.plans_issued_den, threshold);
    const prev = stats.find((s) => s.month === previousMonth(m.month));
    const hasEx = m.plans_issued_den_ex !== undefined && m.plans_issued_20_weeks_ex !== undefined;
    const window = Array.from({ length: 12 }, (_, i) => byMonth.get(addMonths(m.month, -i)));
    const complete = window.every((w) => w !== undefined);
    const sum = (pick: (e: EhcpMonth) => number) => window.reduce((total, e) => total + (e ? pick(e) : 0), 0);
    stats.push({
      month: m.month,
      issued: disclose(m.plans_issued_den, threshold),
      within: disclose(m.plans_issued_within_20_weeks, threshold),
      percent,
      issuedEx: hasEx ? disclose(m.plans_issued_den_ex!, threshold) : undefined,
      withinEx: hasEx ? disclose(m.plans_issued_20_weeks_ex!, threshold) : undefined,
      percentEx: hasEx ? disclosePercent(m.plans_issued_20_weeks_ex!, m.plans_issued_den_ex!, threshold) : undefined,
      requests: m.requests_received === undefined ? undefined : disclose(m.requests_received, threshold),
      changeOnLastMonth:
        percent.shown && prev?.percent.shown ? round1(round1(percent.value) - round1(prev.percent.value)) : undefined,
      rolling12: complete
        ? disclosePercent(sum((e) => e.plans_issued_within_20_weeks), sum((e) => e.plans_issued_den), threshold)
        : undefined,
      note: m.note,
    });
  }
  return stats;
}

/** The England figure for the latest calendar year at or before `month`'s year. */
export function nationalFor(national: readonly EhcpNationalYear[], month: Month): EhcpNationalYear | undefined {
  const year = Number(month.slice(0, 4));
  return [...national].reverse().find((n) => n.time_period <= year && n.pc_plans_issued_within_20_weeks !== undefined);
}

/** "up from 52% in September", "down from …", "the same as …". */
export function describeChange(current: number, previous: number, previousLabel: string): string {
  const a = Math.round(current);
  const b = Math.round(previous);
  if (a === b) return `the same as in ${previousLabel}`;
  return `${a > b ? 'up' : 'down'} from ${formatPercent(previous)} in ${previousLabel}`;
}

/**
 * The one-sentence summary under the chart, e.g. "In October 2026, 58 of 91
 * new plans (64%) were issued within 20 weeks, up from 52% in September.
 * In England in 2024 it was 46%."
 */
export function summarySentence(stats: readonly EhcpMonthStat[], national: readonly EhcpNationalYear[], threshold: number): string {
  const latest = stats.at(-1);
  if (!latest) return 'There are no figures yet.';
  const label = formatMonth(latest.month);
  const england = nationalFor(national, latest.month);
  const englandText = england?.pc_plans_issued_within_20_weeks !== undefined
    ? ` In England in ${england.time_period} it was ${formatPercent(england.pc_plans_issued_within_20_weeks)}.`
    : '';
  if (!latest.percent.shown) {
    return `In ${label}, ${countText(latest.issued, threshold, formatNumber)} new plans were issued. The number is too small to show the percentage without risking identifying children.${englandText}`;
  }
  const prev = stats.find((s) => s.month === previousMonth(latest.month));
  const prevLabel = prev && latest.month.slice(0, 4) === prev.month.slice(0, 4) ? formatMonthName(prev.month) : prev ? formatMonth(prev.month) : '';
  const change = prev?.percent.shown ? `, ${describeChange(latest.percent.value, prev.percent.value, prevLabel)}` : '';
  return (
    `In ${label}, ${countText(latest.within, threshold, formatNumber)} of ${countText(latest.issued, threshold, formatNumber)} new plans ` +
    `(${formatPercent(latest.percent.value)}) were issued within 20 weeks${change}.${englandText}`
  );
}

/**
 * The chart's active title: the main message in words, led by the 12-month
 * figure when there is one, because a single month can swing on a few plans.
 */
export function headline(stats: readonly EhcpMonthStat[], national: readonly EhcpNationalYear[]): string {
  const latest = stats.at(-1);
  if (!latest) return 'No figures have been published yet';
  const rolling = latest.rolling12;
  const england = nationalFor(national, latest.month)?.pc_plans_issued_within_20_weeks;
  if (rolling?.shown) {
    const yearAgo = stats.find((s) => s.month === addMonths(latest.month, -12))?.rolling12;
    const trend = yearAgo?.shown
      ? Math.round(rolling.value) === Math.round(yearAgo.value)
        ? ', the same as a year before'
        : `, ${rolling.value > yearAgo.value ? 'up' : 'down'} from ${formatPercent(yearAgo.value)} a year before`
      : '';
    const vsEngland = england === undefined ? '' : ` (England: ${formatPercent(england)})`;
    return `${formatPercent(rolling.value)} of new plans in the last 12 months were issued within 20 weeks${trend}${vsEngland}`;
  }
  if (latest.percent.shown) return `${formatPercent(latest.percent.value)} of new plans were issued within 20 weeks in ${formatMonth(latest.month)}`;
  return `Too few plans were issued in ${formatMonth(latest.month)} to show a percentage`;
}
