/**
 * A dataset as an Astro collection with one entry, and the typed getter pages
 * use. Each feature's `collection.ts` is two lines over these.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datasetLoader, heldDatasets } from './data-loader.node.ts';
import { MissingDatasetError, type Checked } from './problems';

export function datasetCollection<T extends object>(name: string, read: () => Checked<T> | Promise<Checked<T>>) {
  return defineCollection({ loader: datasetLoader(name, read), schema: z.custom<T>() });
}

/** The dataset loaded by `datasetCollection` under `name` (its key in src/content.config.ts). */
export async function getDataset<T>(name: string): Promise<T> {
  if (!heldDatasets.has(name)) throw new MissingDatasetError(name);
  return heldDatasets.get(name) as T;
}
