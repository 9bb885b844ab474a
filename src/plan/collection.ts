/** The improvement plan as the build holds it: the areas, every review and the file paths. */
import { getDataset } from '../core/held-datasets';
import type { PlanData } from './schema';

export const getImprovementPlan = () => getDataset<PlanData>('plan');
