/**
 * Figures and sentences derived from the improvement plan: counts per status,
 * overdue actions, the headline, per-area summaries and when the next review
 * is likely. Everything is computed from the committed review files.
 */
import type { Month } from '../core/fields';
import { addMonths, formatDate, formatMonth, listInWords } from '../core/format';
import { ACTION_STATUSES, dueDeadline, type ActionStatus, type Due, type ImprovementPlan, type PlanAction, type PlanArea, type PlanReview } from './schema';
import { isoDay } from '../core/dates';

export interface StatusCounts {
  /** All actions counted. */
  total: number;
  /** How many actions have each status. */
  count: Record<ActionStatus, number>;
  /** Share of all actions with each status, 0–100 unrounded (0 when there are no actions). */
  percent: Record<ActionStatus, number>;
}

function perStatus(value: (s: ActionStatus) => number): Record<ActionStatus, number> {
  return Object.fromEntries(ACTION_STATUSES.map((s) => [s, value(s)])) as Record<ActionStatus, number>;
}

export function countStatuses(actions: readonly PlanAction[]): StatusCounts {
  const total = actions.length;
  const count = perStatus((s) => actions.filter((a) => a.status === s).length);
  return { total, count, percent: perStatus((s) => (total === 0 ? 0 : (count[s] / total) * 100)) };
}

export interface ReviewCounts {
  date: string;
  file: string;
  counts: StatusCounts;
}

/** One entry per review, oldest first: the history a chart and its table show. */
export function countsByReview(plan: ImprovementPlan): ReviewCounts[] {
  return plan.reviews.map((r) => ({ date: r.date, file: r.file, counts: countStatuses(r.actions) }));
}

export interface AreaCounts {
  area: PlanArea;
  counts: StatusCounts;
}

/** Counts for each area in one review, in the order of areas.csv. */
export function countsByArea(areas: readonly PlanArea[], review: PlanReview): AreaCounts[] {
  return areas.map((area) => ({ area, counts: countStatuses(review.actions.filter((a) => a.area_id === area.area_id)) }));
}


/** "1 is delayed", "2 have not started": the verb agrees with the number. */
export function statusPhrase(n: number, status: ActionStatus): string {
  if (status === 'not started') return `${n} ${n === 1 ? 'has' : 'have'} not started`;
  return `${n} ${n === 1 ? 'is' : 'are'} ${status}`;
}

/** "38 of 52 actions are achieved", or "All 11 actions are achieved". */
function achievedPhrase(c: StatusCounts): string {
  const achieved = c.count.achieved;
  const actions = `action${c.total === 1 ? '' : 's'}`;
  if (achieved === c.total && c.total > 1) return `All ${c.total} actions are achieved`;
  if (achieved === 0) return `None of the ${c.total} ${actions} ${c.total === 1 ? 'is' : 'are'} achieved yet`;
  return `${achieved} of ${c.total} ${actions} ${achieved === 1 ? 'is' : 'are'} achieved`;
}

/** The headline in words, e.g. "38 of 52 actions are achieved. 6 are delayed." */
export function planHeadline(c: StatusCounts): string {
  if (c.total === 0) return 'There are no actions in the latest review.';
  if (c.count.achieved === c.total) return `${achievedPhrase(c)}.`;
  const delayed = c.count.delayed;
  return `${achievedPhrase(c)}. ${delayed === 0 ? 'None are delayed.' : `${statusPhrase(delayed, 'delayed')}.`}`;
}

/** One sentence per area, e.g. "8 of 11 actions are achieved; 2 are on track and 1 is delayed." */
export function areaSummarySentence(c: StatusCounts): string {
  if (c.total === 0) return 'There are no actions for this area in the latest review.';
  const rest = ACTION_STATUSES.filter((s) => s !== 'achieved' && c.count[s] > 0).map((s) => statusPhrase(c.count[s], s));
  return rest.length === 0 ? `${achievedPhrase(c)}.` : `${achievedPhrase(c)}; ${listInWords(rest)}.`;
}

/** What the revisit found for an area, or when it will be; undefined if none is recorded. */
export function revisitSentence(area: PlanArea, today: Date): string | undefined {
  const { revisit_outcome: outcome, revisit_date: date } = area;
  if (date === undefined) return undefined;
  const when = formatDate(date);
  if (outcome === 'sufficient progress') return `At the revisit on ${when}, inspectors found sufficient progress in this area.`;
  if (outcome === 'not sufficient progress') return `At the revisit on ${when}, inspectors found that progress in this area was not sufficient.`;
  return date > isoDay(today)
    ? `Inspectors are due to revisit on ${when}.`
    : `Inspectors revisited on ${when}. The outcome has not been published here yet.`;
}

/** Whole days from one `YYYY-MM-DD` to another (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whole calendar months from one `YYYY-MM-DD` to a later one; a month end counts as a full month. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const endOfMonth = td === new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return (ty - fy) * 12 + (tm - fm) - (td < fd && !endOfMonth ? 1 : 0);
}

/**
 * The time from one day to a later one in words, as people say it: days under
 * two weeks, weeks under nine weeks, then calendar months, then years and months.
 */
export function durationInWords(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days < 14) return plural(days, 'day');
  if (days < 63) return plural(Math.floor(days / 7), 'week');
  const months = monthsBetween(from, to);
  if (months < 12) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const left = months % 12;
  return left === 0 ? plural(years, 'year') : `${plural(years, 'year')} and ${plural(left, 'month')}`;
}

export interface OverdueAction {
  action: PlanAction;
  /** The last day the due date allowed, `YYYY-MM-DD`. */
  deadline: string;
  daysOverdue: number;
  /** E.g. "3 months overdue". */
  overdueText: string;
}

/**
 * Actions in a review that are not achieved and whose due date has passed by
 * `today`, most overdue first. A month due date runs to the end of that month.
 */
export function overdueActions(review: PlanReview, today: Date): OverdueAction[] {
  const day = isoDay(today);
  return review.actions
    .filter((a) => a.status !== 'achieved')
    .map((action) => {
      const deadline = dueDeadline(action.due);
      const daysOverdue = daysBetween(deadline, day);
      return { action, deadline, daysOverdue, overdueText: `${durationInWords(deadline, day)} overdue` };
    })
    .filter((o) => o.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/** `2026-03` → "March 2026"; `2026-03-31` → "31 March 2026". */
export function formatDue(due: Due): string {
  return due.length > 7 ? formatDate(due) : formatMonth(due);
}

export interface NextReviewEstimate {
  /** The month the next review is likely, `YYYY-MM`. It is an estimate, not a promise. */
  month: Month;
  /** The usual gap between reviews, in whole months (at least 1). */
  typicalGapMonths: number;
  /** True when the estimated month has passed and no newer review is published. */
  late: boolean;
  /** The estimate in words, saying that it is one. */
  sentence: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * When the next review is likely: the latest review's month plus the usual
 * (median) gap between reviews, rounded to whole months. Needs two reviews.
 */
export function estimateNextReview(plan: ImprovementPlan, today: Date): NextReviewEstimate | undefined {
  const dates = plan.reviews.map((r) => r.date).sort();
  const latest = dates.at(-1);
  if (dates.length < 2 || latest === undefined) return undefined;
  const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i]!, d));
  const typicalGapMonths = Math.max(1, Math.round(median(gaps) / (365.25 / 12)));
  const month = addMonths(latest.slice(0, 7), typicalGapMonths);
  const late = month < isoDay(today).slice(0, 7);
  const gapWords = typicalGapMonths === 1 ? 'about a month' : `about ${typicalGapMonths} months`;
  const when = formatMonth(month);
  const sentence = late
    ? `The next review was expected around ${when} and has not been published yet. This is an estimate, based on reviews usually being ${gapWords} apart.`
    : `The next review is expected around ${when}. This is an estimate, based on reviews usually being ${gapWords} apart.`;
  return { month, typicalGapMonths, late, sentence };
}
