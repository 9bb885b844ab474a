/** The directory as an Astro collection: services, taxonomy and postcode districts together (services are checked against the taxonomy). */
import { defineCollection, getEntry } from 'astro:content';
import { z } from 'astro/zod';
import { datasetsForBuild } from '../check-data/datasets.node.ts';
import { DATASET_ENTRY, datasetLoader } from '../core/data-loader.node.ts';
import { MissingDatasetError } from '../core/problems';
import type { DirectoryData } from './directory';

export const directory = defineCollection({
  loader: datasetLoader('directory', () => datasetsForBuild().directory),
  schema: z.custom<DirectoryData>(),
});

export async function getDirectory(): Promise<DirectoryData> {
  const entry = await getEntry('directory', DATASET_ENTRY);
  if (!entry) throw new MissingDatasetError('directory');
  return entry.data;
}
