/** The improvement plan as the build holds it: the areas, every review and the file paths. */
import { getDataset, heldDatasets } from '../core/held-datasets';
import type { PlanData } from './schema';

export const getImprovementPlan = () => getDataset<PlanData>('plan');
/** Whether the area publishes an improvement plan (most areas after a good inspection have none). */
export const hasImprovementPlan = () => heldDatasets.has('plan');
