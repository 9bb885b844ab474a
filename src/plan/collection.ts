/** The improvement plan as an Astro collection: one entry holding the areas, every review and the file paths. */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import type { PlanData } from './schema';

export const improvementPlan = datasetCollection('improvementPlan', async () => (await datasetsForBuild()).plan);

export const getImprovementPlan = () => getDataset<PlanData>('improvementPlan');
