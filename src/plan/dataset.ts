/**
 * The improvement plan (Written Statement of Action, Accelerated Progress
 * Plan), described once: its areas and its progress reviews, what an action is
 * to the history guard, the facts guides state from it, its pages and its
 * downloads. Optional: an area with no plan has no /progress/ pages.
 */
import type { DataFolder } from '../core/data-folder';
import type { Checked } from '../core/problems';
import type { Month } from '../core/dates';
import { csvDataset } from '../core/history/csv-dataset';
import type { KeyedRow } from '../core/history/keyed';
import { formatCount, formatDate, formatMonth, formatNumber } from '../core/format';
import { defineDataset } from '../config/dataset';
import { mentionsAction } from './checks';
import { readImprovementPlan } from './read';
import { ACTION_STATUSES, AREAS_COLUMNS, REVIEW_COLUMNS, type PlanData } from './schema';
import type { DataFileSpec, Preview } from '../core/dataset';
import { countStatuses, estimateNextReview } from './stats';

export const PLAN_FILES = { folder: 'improvement-plan', areas: 'improvement-plan/areas.csv', reviews: 'improvement-plan/reviews/' } as const;
export const PLAN_PAGE = '/progress/';

/** Reads areas.csv and every review file from a data folder (on disk, or in memory on the check page). */
export function readPlanData(folder: DataFolder, today: Date): Checked<PlanData> {
  const areas = folder.read(PLAN_FILES.areas);
  const reviewsFolder = PLAN_FILES.reviews.slice(0, -1);
  const files = { folder: folder.pathOf(PLAN_FILES.folder), areas: areas.path, reviews: folder.pathOf(reviewsFolder) };
  if (!areas.file) return { value: { areas: [], reviews: [], files }, problems: areas.problems };
  const { value, problems } = readImprovementPlan(areas.file, folder.list(reviewsFolder), today);
  return { value: { ...value, files }, problems };
}

/** `plan.2026-07-10.delayed` → "1", and the same for `plan.latest.*`; the next review's estimated month. */
function* planFacts(plan: PlanData, today: Date): Iterable<readonly [string, string]> {
  const latest = plan.reviews.at(-1);
  for (const review of plan.reviews) {
    const counts = countStatuses(review.actions);
    for (const key of review === latest ? [review.date, 'latest'] : [review.date]) {
      yield [`plan.${key}.month`, formatMonth(review.date.slice(0, 7) as Month)];
      yield [`plan.${key}.date`, formatDate(review.date)];
      yield [`plan.${key}.total`, formatNumber(counts.total)];
      for (const status of ACTION_STATUSES) yield [`plan.${key}.${status.replace(/ /g, '-')}`, formatNumber(counts.count[status])];
    }
  }
  const next = estimateNextReview(plan, today);
  if (next) yield ['plan.next-review.month', formatMonth(next.month)];
}

/** A review: its actions by status. The areas: how many, and which. */
function planPreview(plan: PlanData, file: string): Preview | undefined {
  if (file.endsWith(PLAN_FILES.areas)) {
    return { title: `${formatCount(plan.areas.length, 'area', 'areas')} of the improvement plan`, sentences: [plan.areas.map((a) => `${a.area_id}: ${a.title}`).join('; ')] };
  }
  const review = plan.reviews.find((r) => r.file === file);
  if (!review) return undefined;
  const counts = countStatuses(review.actions);
  return {
    title: `${formatCount(counts.total, 'action', 'actions')} in this review`,
    sentences: [],
    table: {
      caption: 'Actions by status in this review',
      columns: ['Status', 'Actions'],
      rows: ACTION_STATUSES.map((s) => [s[0]!.toUpperCase() + s.slice(1), formatNumber(counts.count[s])]),
    },
  };
}

const AREAS_FILE: DataFileSpec = { path: PLAN_FILES.areas, label: 'Improvement plan areas', columns: AREAS_COLUMNS, newArea: 'remove' };
const REVIEWS_FILE: DataFileSpec = { path: PLAN_FILES.reviews, label: 'An improvement plan progress review, such as 2026-11-13.csv', columns: REVIEW_COLUMNS, newArea: 'remove' };

export const planDataset = defineDataset({
  id: 'plan',
  title: 'Improvement plan',
  files: [AREAS_FILE, REVIEWS_FILE],
  presentWhen: PLAN_FILES.areas,
  read: (folder, { today }) => readPlanData(folder, today),
  history: [
    csvDataset({
      id: 'improvement-plan-review',
      title: 'Improvement plan progress reviews',
      page: PLAN_PAGE,
      file: REVIEWS_FILE,
      noun: { one: 'action', many: 'actions' },
      keyColumn: 'action_id',
      label: (key) => `action ${key}`,
      notesColumn: 'update',
      snapshots: true,
      // The publishing guide asks for "Replaces 2.3" in the update of the action that takes over.
      explains: (key, rows) => rows.some((r) => mentionsAction(r.notes, key)),
      // 4.10 gone and one more 4.1 than before: a spreadsheet read 4.10 as a number.
      hint: (key, rows, before) => {
        const asNumber = /^\d+\.\d*0$/.test(key) ? key.replace(/0+$/, '') : undefined;
        const count = (list: readonly KeyedRow[]) => list.filter((r) => r.key === asNumber).length;
        return asNumber && count(rows) > count(before)
          ? `A spreadsheet has probably turned ${key} into the number ${asNumber}: change it back and keep the action_id column as Text (docs/publishing.md explains how).`
          : undefined;
      },
    }),
    csvDataset({
      id: 'improvement-plan-areas',
      title: 'Improvement plan areas',
      page: PLAN_PAGE,
      file: AREAS_FILE,
      noun: { one: 'area', many: 'areas' },
      keyColumn: 'area_id',
      label: (key, cells) => (cells['title'] ? `area ${key} ("${cells['title']}")` : `area ${key}`),
    }),
  ],
  facts: (plan, { today }) => planFacts(plan, today),
  preview: (plan, { file }) => planPreview(plan, file),
  pages: [PLAN_PAGE],
});
