/** Reads the improvement plan from the data folder on disk. */
import { diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import { readPlanData } from './dataset';
import type { PlanData } from './schema';

export function loadImprovementPlan(dir: string, today: Date): Checked<PlanData> {
  return readPlanData(diskFolder(dir), today);
}
