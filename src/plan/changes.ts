/**
 * What changed between two progress reviews, action by action, so a page can
 * say "since the last review" without anyone typing it.
 */
import { listInWords } from '../core/format';
import { dueDeadline, type ActionStatus, type Due, type ImprovementPlan, type PlanAction, type PlanReview } from './schema';
import { mentionsAction } from './checks';
import { formatDue } from './stats';

/** The kinds of change, in the order a page lists them. */
export const CHANGE_TYPES = ['newly achieved', 'newly delayed', 'status changed', 'due date moved', 'new action', 'removed action'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export type ActionChange =
  | { type: 'new action'; action: PlanAction }
  /** `replacedBy`: ids of actions in the newer review whose update names this one. */
  | { type: 'removed action'; action: PlanAction; replacedBy: string[] }
  | { type: 'newly achieved' | 'newly delayed' | 'status changed'; action: PlanAction; from: ActionStatus; to: ActionStatus }
  | { type: 'due date moved'; action: PlanAction; from: Due; to: Due; later: boolean };

function statusChangeType(to: ActionStatus): 'newly achieved' | 'newly delayed' | 'status changed' {
  if (to === 'achieved') return 'newly achieved';
  if (to === 'delayed') return 'newly delayed';
  return 'status changed';
}

/**
 * Every change from `previous` to `latest`, grouped by type in CHANGE_TYPES
 * order, and in file order within a type. An action whose status changed and
 * whose due date moved appears twice, once for each.
 */
export function compareReviews(previous: PlanReview, latest: PlanReview): ActionChange[] {
  const before = new Map(previous.actions.map((a) => [a.action_id, a]));
  const nowIds = new Set(latest.actions.map((a) => a.action_id));
  const changes: ActionChange[] = [];
  for (const action of latest.actions) {
    const old = before.get(action.action_id);
    if (!old) {
      changes.push({ type: 'new action', action });
      continue;
    }
    if (old.status !== action.status) changes.push({ type: statusChangeType(action.status), action, from: old.status, to: action.status });
    // `2026-03` and `2026-03-31` are the same deadline, so compare deadlines, not text.
    const [was, is] = [dueDeadline(old.due), dueDeadline(action.due)];
    if (was !== is) changes.push({ type: 'due date moved', action, from: old.due, to: action.due, later: is > was });
  }
  for (const action of previous.actions) {
    if (nowIds.has(action.action_id)) continue;
    const replacedBy = latest.actions.filter((a) => mentionsAction(a.update, action.action_id)).map((a) => a.action_id);
    changes.push({ type: 'removed action', action, replacedBy });
  }
  return CHANGE_TYPES.flatMap((type) => changes.filter((c) => c.type === type));
}

export interface LatestChanges {
  previous: PlanReview;
  latest: PlanReview;
  changes: ActionChange[];
}

/** Changes between the two newest reviews; undefined until there are two. */
export function latestChanges(plan: ImprovementPlan): LatestChanges | undefined {
  const latest = plan.reviews.at(-1);
  const previous = plan.reviews.at(-2);
  if (!latest || !previous) return undefined;
  return { previous, latest, changes: compareReviews(previous, latest) };
}

/** How many changes of each type, for a short summary list. */
export function countChanges(changes: readonly ActionChange[]): Record<ChangeType, number> {
  return Object.fromEntries(CHANGE_TYPES.map((t) => [t, changes.filter((c) => c.type === t).length])) as Record<ChangeType, number>;
}

/** One change as a sentence, e.g. "Action 1.4 is now achieved (it was on track)." */
export function describeChange(change: ActionChange): string {
  const id = `Action ${change.action.action_id}`;
  switch (change.type) {
    case 'new action':
      return `${id} is new in this review.`;
    case 'removed action':
      return change.replacedBy.length > 0
        ? `${id} is no longer in the plan. It was replaced by ${listInWords(change.replacedBy.map((i) => `action ${i}`))}.`
        : `${id} is no longer in the plan.`;
    case 'due date moved':
      return `${id} is now due ${change.later ? 'later' : 'earlier'}: ${formatDue(change.to)} instead of ${formatDue(change.from)}.`;
    default:
      return change.to === 'not started'
        ? `${id} is now marked not started (it was ${change.from}).`
        : `${id} is now ${change.to} (it was ${change.from}).`;
  }
}
