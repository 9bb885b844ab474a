/**
 * The improvement plan's three downloads, described once so the CSV and JSON
 * endpoints and the open data page agree on titles and columns.
 */
import type { ImprovementPlan } from './schema';
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
