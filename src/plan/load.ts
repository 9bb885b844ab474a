/** Reads the improvement plan from a data folder (on disk or in memory): areas.csv and every review in reviews/. */
import type { DataFolder } from '../core/data-folder';
import type { Checked } from '../core/problems';
import { readImprovementPlan } from './read';
import type { PlanData } from './schema';

export function improvementPlanFrom(folder: DataFolder, today: Date): Checked<PlanData> {
  const areas = folder.read('improvement-plan/areas.csv');
  const files = { folder: folder.pathOf('improvement-plan'), areas: areas.path, reviews: folder.pathOf('improvement-plan/reviews') };
  if (!areas.file) return { value: { areas: [], reviews: [], files }, problems: areas.problems };
  const { value, problems } = readImprovementPlan(areas.file, folder.list('improvement-plan/reviews'), today);
  return { value: { ...value, files }, problems };
}
