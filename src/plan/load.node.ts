/** Reads the improvement plan from the data folder on disk. */
import { diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import { improvementPlanFrom } from './load';
import type { PlanData } from './schema';

export function loadImprovementPlan(dir: string, today: Date): Checked<PlanData> {
  return improvementPlanFrom(diskFolder(dir), today);
}
