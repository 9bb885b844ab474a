/**
 * The improvement plan's three downloads, described once so the CSV and JSON
 * endpoints and the open data page agree on titles and columns.
 */
import { PLAN_PAGE, planDataset } from './dataset';
import type { DownloadSpec } from '../core/dataset';
import type { ImprovementPlan } from './schema';
import { getImprovementPlan } from './collection';
import { countRows, currentRows, historyRows, PLAN_COUNTS_COLUMNS, PLAN_OPEN_DATA_COLUMNS } from './open-data';

export const PLAN_DOWNLOADS = {
  current: {
    title: 'Improvement plan: every action at the latest progress review',
    columns: PLAN_OPEN_DATA_COLUMNS,
    rows: currentRows,
  },
  history: {
    title: 'Improvement plan: every action at every progress review',
    columns: PLAN_OPEN_DATA_COLUMNS,
    rows: historyRows,
  },
  counts: {
    title: 'Improvement plan: number of actions by status at each progress review',
    columns: PLAN_COUNTS_COLUMNS,
    rows: countRows,
  },
} as const satisfies Record<string, { title: string; columns: readonly string[]; rows: (plan: ImprovementPlan) => Record<string, string | number>[] }>;

export type PlanDownload = keyof typeof PLAN_DOWNLOADS;

/** The dataset these downloads belong to: they are offered only when the area publishes it. */
export const dataset = planDataset.id;

/** The plan's downloads: every action now, at every review, and the counts. */
export function downloads(): DownloadSpec[] {
  return (['current', 'history', 'counts'] as const).map((name) => ({
    id: `improvement-plan-${name}`,
    title: PLAN_DOWNLOADS[name].title,
    page: name === 'counts' ? `${PLAN_PAGE}#plan-progress` : PLAN_PAGE,
    table: async () => ({ columns: PLAN_DOWNLOADS[name].columns, rows: PLAN_DOWNLOADS[name].rows(await getImprovementPlan()) }),
  }));
}
