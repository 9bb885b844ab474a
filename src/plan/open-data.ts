/**
 * Tidy rows for the improvement plan's open data downloads: one row per action
 * per review, with the review date, so the files can be filtered, pivoted and
 * traced back to the committed review file.
 */
import { ACTION_STATUSES, dueDeadline, type ImprovementPlan, type PlanReview } from './schema';
import { countsByReview } from './stats';

export const PLAN_OPEN_DATA_COLUMNS = [
  'review_date',
  'area_id',
  'area_title',
  'plan',
  'action_id',
  'action',
  'lead',
  'due',
  'due_by',
  'status',
  'update',
  'evidence_url',
] as const;

export type PlanOpenDataRow = Record<(typeof PLAN_OPEN_DATA_COLUMNS)[number], string>;

/** Rows for one review, in the order of its file. `due_by` is the last day a due month allows. */
export function reviewRows(plan: ImprovementPlan, review: PlanReview): PlanOpenDataRow[] {
  const areas = new Map(plan.areas.map((a) => [a.area_id, a]));
  return review.actions.map((a) => ({
    review_date: review.date,
    area_id: a.area_id,
    area_title: areas.get(a.area_id)?.title ?? '',
    plan: areas.get(a.area_id)?.plan ?? '',
    action_id: a.action_id,
    action: a.action,
    lead: a.lead,
    due: a.due,
    due_by: dueDeadline(a.due),
    status: a.status,
    update: a.update ?? '',
    evidence_url: a.evidence_url ?? '',
  }));
}

/** The current position: the newest review only. */
export function currentRows(plan: ImprovementPlan): PlanOpenDataRow[] {
  const latest = plan.reviews.at(-1);
  return latest ? reviewRows(plan, latest) : [];
}

/** The full history: every review, oldest first. */
export function historyRows(plan: ImprovementPlan): PlanOpenDataRow[] {
  return plan.reviews.flatMap((r) => reviewRows(plan, r));
}

export const PLAN_COUNTS_COLUMNS = ['review_date', 'status', 'actions', 'total_actions', 'percent'] as const;

export type PlanCountsRow = Record<(typeof PLAN_COUNTS_COLUMNS)[number], string | number>;

/** The chart's data as a tidy table: one row per review per status, percent to one decimal place. */
export function countRows(plan: ImprovementPlan): PlanCountsRow[] {
  return countsByReview(plan).flatMap(({ date, counts }) =>
    ACTION_STATUSES.map((status) => ({
      review_date: date,
      status,
      actions: counts.count[status],
      total_actions: counts.total,
      percent: Number(counts.percent[status].toFixed(1)),
    })),
  );
}
