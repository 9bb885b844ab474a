/**
 * What the improvement plan pages show, built once from the plan: the overview
 * for /progress/ and one view per area of weakness for /progress/<area>/.
 * Pages only lay these out; every figure and sentence is worked out here.
 */
import { slugify } from '../core/slug';
import { formatDate, formatMonth, formatPercent, listInWords } from '../core/format';
import { downloadHref } from '../core/open-data';
import { lastUpdatedRow, type DateRow } from '../ui/dates-panel/dates-panel';
import { planFigure, type PlanFigure } from './chart';
import { ACTION_STATUSES, dueDeadline, type ActionStatus, type ImprovementPlan, type PlanAction, type PlanArea, type PlanData, type PlanReview } from './schema';
import { isoDay } from '../core/dates';
import { compareReviews, countChanges, describeChange, type ActionChange, type ChangeType } from './changes';
import {
  areaSummarySentence,
  countStatuses,
  countsByReview,
  daysBetween,
  durationInWords,
  estimateNextReview,
  formatDue,
  planHeadline,
  revisitSentence,
  type NextReviewEstimate,
  type ReviewCounts,
  type StatusCounts,
} from './stats';

/** The page for an area: `/progress/a2/`. */
export function areaPath(areaId: string): string {
  return `/progress/${slugify(areaId)}/`;
}

/** The fragment id of an action on its area page: `action-app-2-1`. */
export function actionAnchor(actionId: string): string {
  return `action-${slugify(actionId)}`;
}

/** The fragment id of a status section: `status-on-track`. */
export function statusAnchor(status: ActionStatus): string {
  return `status-${slugify(status)}`;
}

/** "on track" → "On track". */
export function statusLabel(status: ActionStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

export interface StatusGroup<T> {
  status: ActionStatus;
  label: string;
  anchor: string;
  items: T[];
}

/** Statuses with what still needs doing first, for a list of actions: people look for the problems. */
export const STATUSES_TO_DO_FIRST = ['delayed', 'not started', 'partly achieved', 'on track', 'achieved'] as const satisfies readonly ActionStatus[];

/** Items grouped by status (in ACTION_STATUSES order unless `order` is given), leaving out empty groups; file order within a group. */
export function groupByStatus<T>(items: readonly T[], statusOf: (item: T) => ActionStatus, order: readonly ActionStatus[] = ACTION_STATUSES): StatusGroup<T>[] {
  return order.map((status) => ({
    status,
    label: statusLabel(status),
    anchor: statusAnchor(status),
    items: items.filter((i) => statusOf(i) === status),
  })).filter((g) => g.items.length > 0);
}

export interface OverdueInfo {
  /** The last day the due date allowed, `YYYY-MM-DD`. */
  deadline: string;
  /** How long ago that was, in words: "7 months". */
  by: string;
}

/** Not achieved and past its due date by `today`, or undefined. */
export function overdueInfo(action: PlanAction, today: Date): OverdueInfo | undefined {
  if (action.status === 'achieved') return undefined;
  const deadline = dueDeadline(action.due);
  const day = isoDay(today);
  if (daysBetween(deadline, day) <= 0) return undefined;
  return { deadline, by: durationInWords(deadline, day) };
}

export interface ActionView {
  action: PlanAction;
  anchor: string;
  /** "March 2026" or "31 March 2026". */
  dueText: string;
  overdue: OverdueInfo | undefined;
  /** What changed since the previous review, as sentences ("Action 1.4 is now achieved (it was on track)."). */
  changes: string[];
}

export interface ChangeView {
  type: ChangeType;
  sentence: string;
  actionId: string;
  areaId: string;
  /** Where the action is now: undefined for a removed action, which has no section any more. */
  href: string | undefined;
  /** The action's fragment id on its area page, when it has one. */
  anchor: string | undefined;
}

function changeView(change: ActionChange): ChangeView {
  const { action } = change;
  return {
    type: change.type,
    sentence: describeChange(change),
    actionId: action.action_id,
    areaId: action.area_id,
    href: change.type === 'removed action' ? undefined : `${areaPath(action.area_id)}#${actionAnchor(action.action_id)}`,
    anchor: change.type === 'removed action' ? undefined : actionAnchor(action.action_id),
  };
}

export interface ChangesSummary {
  previousDate: string;
  latestDate: string;
  changes: ChangeView[];
  /** "Since the review on 13 March 2026, 2 actions were newly achieved and 1 due date moved." */
  sentence: string;
}

const CHANGE_PHRASES: Record<ChangeType, (n: number) => string> = {
  'newly achieved': (n) => `${n} ${n === 1 ? 'action was' : 'actions were'} newly achieved`,
  'newly delayed': (n) => `${n} ${n === 1 ? 'action was' : 'actions were'} newly delayed`,
  'status changed': (n) => `${n} other ${n === 1 ? 'action' : 'actions'} changed status`,
  'due date moved': (n) => `${n} due ${n === 1 ? 'date' : 'dates'} moved`,
  'new action': (n) => `${n} ${n === 1 ? 'action was' : 'actions were'} added`,
  'removed action': (n) => `${n} ${n === 1 ? 'action was' : 'actions were'} taken out`,
};

/**
 * The changes in one sentence; "nothing changed" is said plainly too.
 * `where` narrows it, e.g. "in this area".
 */
export function changesSentence(changes: readonly ActionChange[], previousDate: string, where?: string): string {
  const counts = countChanges(changes);
  const parts = (Object.keys(CHANGE_PHRASES) as ChangeType[]).filter((t) => counts[t] > 0).map((t) => CHANGE_PHRASES[t](counts[t]));
  const since = `Since the review on ${formatDate(previousDate)}`;
  if (parts.length === 0) return `${since}, no action${where ? ` ${where}` : ''} has changed status or due date.`;
  return `${since}, ${where ? `${where}, ` : ''}${listInWords(parts)}.`;
}

function summariseChanges(previous: PlanReview | undefined, latest: PlanReview, keep: (c: ActionChange) => boolean, where?: string): ChangesSummary | undefined {
  if (!previous) return undefined;
  const changes = compareReviews(previous, latest).filter(keep);
  return { previousDate: previous.date, latestDate: latest.date, changes: changes.map(changeView), sentence: changesSentence(changes, previous.date, where) };
}

export interface AreaRow {
  area: PlanArea;
  href: string;
  counts: StatusCounts;
  summary: string;
  revisit: string | undefined;
  overdue: number;
  /** "2 actions are past their due date", when any are. */
  pastDue: string | undefined;
}

export interface OverdueRow {
  action: PlanAction;
  area: PlanArea | undefined;
  href: string;
  overdue: OverdueInfo;
  daysOverdue: number;
}

export interface ProgressView {
  latest: PlanReview;
  counts: StatusCounts;
  headline: string;
  /** The plans in use, in areas.csv order: ["WSoA 2023", "APP 2025"]. */
  plans: string[];
  areas: AreaRow[];
  history: ReviewCounts[];
  overdue: OverdueRow[];
  changes: ChangesSummary | undefined;
  nextReview: NextReviewEstimate | undefined;
  /** Areas with a revisit date, in areas.csv order. */
  revisits: { area: PlanArea; href: string; sentence: string }[];
  /** Whether any area is now in an Accelerated Progress Plan, and how many areas a revisit found had not improved enough. */
  app: { inUse: boolean; notSufficient: number };
  /** Area titles by id, for lists that name an action's area. */
  areaTitles: Map<string, string>;
}

function overdueRows(plan: ImprovementPlan, actions: readonly PlanAction[], today: Date): OverdueRow[] {
  const areas = new Map(plan.areas.map((a) => [a.area_id, a]));
  return actions
    .flatMap((action) => {
      const overdue = overdueInfo(action, today);
      if (!overdue) return [];
      return [{ action, area: areas.get(action.area_id), href: `${areaPath(action.area_id)}#${actionAnchor(action.action_id)}`, overdue, daysOverdue: daysBetween(overdue.deadline, isoDay(today)) }];
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/** Everything /progress/ shows; undefined when there is no review yet. */
export function progressView(plan: ImprovementPlan, today: Date): ProgressView | undefined {
  const latest = plan.reviews.at(-1);
  if (!latest) return undefined;
  const counts = countStatuses(latest.actions);
  const areas = plan.areas.map((area) => {
    const actions = latest.actions.filter((a) => a.area_id === area.area_id);
    const c = countStatuses(actions);
    const overdue = actions.filter((a) => overdueInfo(a, today)).length;
    return {
      area,
      href: areaPath(area.area_id),
      counts: c,
      summary: areaSummarySentence(c),
      revisit: revisitSentence(area, today),
      overdue,
      pastDue: overdue > 0 ? pastDueSentence(overdue) : undefined,
    };
  });
  return {
    latest,
    counts,
    headline: planHeadline(counts),
    plans: [...new Set(plan.areas.map((a) => a.plan))],
    areas,
    history: countsByReview(plan),
    overdue: overdueRows(plan, latest.actions, today),
    changes: summariseChanges(plan.reviews.at(-2), latest, () => true),
    nextReview: estimateNextReview(plan, today),
    revisits: areas.flatMap((r) => (r.revisit ? [{ area: r.area, href: r.href, sentence: r.revisit }] : [])),
    app: {
      inUse: plan.areas.some((a) => /\bapp\b|accelerated/i.test(a.plan)),
      notSufficient: plan.areas.filter((a) => a.revisit_outcome === 'not sufficient progress').length,
    },
    areaTitles: new Map(plan.areas.map((a) => [a.area_id, a.title])),
  };
}

export interface AreaView {
  area: PlanArea;
  slug: string;
  latest: PlanReview;
  counts: StatusCounts;
  summary: string;
  revisit: string | undefined;
  actions: ActionView[];
  /** Groups with what still needs doing first (STATUSES_TO_DO_FIRST). */
  groups: StatusGroup<ActionView>[];
  overdue: ActionView[];
  changes: ChangesSummary | undefined;
}

/** Everything one area's page shows; undefined for an unknown area or before the first review. */
export function areaView(plan: ImprovementPlan, areaId: string, today: Date): AreaView | undefined {
  const area = plan.areas.find((a) => a.area_id === areaId);
  const latest = plan.reviews.at(-1);
  if (!area || !latest) return undefined;
  const inArea = (a: PlanAction) => a.area_id === areaId;
  const previous = plan.reviews.at(-2);
  const changes = summariseChanges(previous, latest, (c) => inArea(c.action), 'in this area');
  const actions: ActionView[] = latest.actions.filter(inArea).map((action) => ({
    action,
    anchor: actionAnchor(action.action_id),
    dueText: formatDue(action.due),
    overdue: overdueInfo(action, today),
    changes: (changes?.changes ?? []).filter((c) => c.actionId === action.action_id).map((c) => c.sentence),
  }));
  const counts = countStatuses(actions.map((a) => a.action));
  return {
    area,
    slug: slugify(area.area_id),
    latest,
    counts,
    summary: areaSummarySentence(counts),
    revisit: revisitSentence(area, today),
    actions,
    groups: groupByStatus(actions, (a) => a.action.status, STATUSES_TO_DO_FIRST),
    overdue: actions.filter((a) => a.overdue).sort((a, b) => a.overdue!.deadline.localeCompare(b.overdue!.deadline)),
    changes,
  };
}

/** "9 (82%)": a count with its share, for tables. */
export function countWithShare(counts: StatusCounts, status: ActionStatus): string {
  const n = counts.count[status];
  return n === 0 ? '0' : `${n} (${formatPercent(counts.percent[status])})`;
}

/** "1 action is past its due date", "3 actions are past their due date". */
export function pastDueSentence(n: number): string {
  return n === 1 ? '1 action is past its due date' : `${n} actions are past their due date`;
}

/** What a revisit found, for the paragraph on the Accelerated Progress Plan: how many areas, and what they now have. */
export function appWords(notSufficient: number): { found: string; those: string } {
  return notSufficient === 1 ? { found: '1 area had', those: 'That area now has' } : { found: `${notSufficient} areas had`, those: 'Those areas now have' };
}

/** The site's words the plan pages need. */
export interface PlanPageOptions {
  areaName: string;
  council: string;
  brandColour: string;
  /** When the plan's folder last changed. */
  updated: string;
}

/** Everything /progress/ shows: the overview with its dates, figure, downloads and sentences. */
export interface ProgressPage extends ProgressView {
  updated: string;
  dates: DateRow[];
  figure: PlanFigure;
  /** The figure as DataFigure takes it: title, subtitle, summary, notes, source and downloads. */
  figureProps: Pick<PlanFigure, 'title' | 'subtitle' | 'summary' | 'footnotes'> & { source: { label: string }; downloads: { href: string; label: string }[] };
  /** How many areas of weakness the inspection found. */
  areaCount: number;
  /** "3 actions are past their due date", when any are. */
  pastDue: string | undefined;
  app: ProgressView['app'] & ReturnType<typeof appWords>;
}

const PLAN_DOWNLOADS = [
  ['improvement-plan-counts', 'chart figures'],
  ['improvement-plan-current', 'every action now'],
  ['improvement-plan-history', 'every action at every review'],
] as const;

/**
 * The /progress/ page from the plan. readImprovementPlan stops the build
 * before a plan with no review gets here, so there is always a latest review.
 */
export function progressPage(plan: PlanData, today: Date, { updated, ...site }: PlanPageOptions): ProgressPage {
  const view = progressView(plan, today)!;
  const { latest, nextReview, history, overdue } = view;
  const figure = planFigure(history, { ...site, reviewsFolder: plan.files.reviews })!;
  const downloads = PLAN_DOWNLOADS.flatMap(([id, label]) => [
    { href: downloadHref(id, 'csv'), label: `${label} (CSV)` },
    { href: downloadHref(id, 'json'), label: `${label} (JSON)` },
  ]);
  return {
    ...view,
    updated,
    dates: [
      { term: 'Latest review', date: latest.date },
      lastUpdatedRow(updated),
      ...(nextReview ? [{ term: 'Next review', link: { href: '#next-review', text: `Around ${formatMonth(nextReview.month)}` }, text: '(an estimate)' }] : []),
    ],
    figure,
    figureProps: { title: figure.title, subtitle: figure.subtitle, summary: figure.summary, footnotes: figure.footnotes, source: { label: figure.source }, downloads },
    areaCount: plan.areas.length,
    pastDue: overdue.length > 0 ? pastDueSentence(overdue.length) : undefined,
    app: { ...view.app, ...appWords(view.app.notSufficient) },
  };
}

/** One area's page: the area's view with its last-changed date, and how many actions are past their due date. */
export interface AreaPage extends AreaView {
  updated: string;
  pastDue: string;
}

/** An area's page; undefined for an area the plan does not have. */
export function areaPage(plan: ImprovementPlan, areaId: string, today: Date, updated: string): AreaPage | undefined {
  const view = areaView(plan, areaId, today);
  return view && { ...view, updated, pastDue: pastDueSentence(view.overdue.length) };
}
