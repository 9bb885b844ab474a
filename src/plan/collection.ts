/** The improvement plan as an Astro collection: one entry holding the areas, every review and the file paths. */
import { defineCollection, getEntry } from 'astro:content';
import { z } from 'astro/zod';
import { datasetsForBuild } from '../check-data/datasets.node.ts';
import { DATASET_ENTRY, datasetLoader } from '../core/data-loader.node.ts';
import { MissingDatasetError } from '../core/problems';
import type { PlanData } from './schema';

export const improvementPlan = defineCollection({
  loader: datasetLoader('improvementPlan', () => datasetsForBuild().plan),
  schema: z.custom<PlanData>(),
});

export async function getImprovementPlan(): Promise<PlanData> {
  const entry = await getEntry('improvementPlan', DATASET_ENTRY);
  if (!entry) throw new MissingDatasetError('improvementPlan');
  return entry.data;
}
