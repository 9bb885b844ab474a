/** Reads the improvement plan from the data folder: areas.csv and every review in reviews/. */
import { join } from 'node:path';
import { readCsvFolder, readSource, displayPath } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import { readImprovementPlan } from './read';
import type { PlanData } from './schema';

export function loadImprovementPlan(dir: string, today: Date): Checked<PlanData> {
  const folder = join(dir, 'improvement-plan');
  const areas = readSource(folder, 'areas.csv');
  const files = { folder: displayPath(folder), areas: areas.path, reviews: displayPath(join(folder, 'reviews')) };
  if (!areas.file) return { value: { areas: [], reviews: [], files }, problems: areas.problems };
  const { value, problems } = readImprovementPlan(areas.file, readCsvFolder(join(folder, 'reviews')), today);
  return { value: { ...value, files }, problems };
}
