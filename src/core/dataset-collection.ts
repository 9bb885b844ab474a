/**
 * A dataset as an Astro collection with one entry, and the typed getter pages
 * use. Each feature's `collection.ts` is two lines over these.
 */
import { defineCollection, getEntry } from 'astro:content';
import { z } from 'astro/zod';
import { DATASET_ENTRY, datasetLoader } from './data-loader.node.ts';
import { MissingDatasetError, type Checked } from './problems';

export function datasetCollection<T extends object>(name: string, read: () => Checked<T> | Promise<Checked<T>>) {
  return defineCollection({ loader: datasetLoader(name, read), schema: z.custom<T>() });
}

/** The dataset stored by `datasetCollection` under `name` (its key in src/content.config.ts). */
export async function getDataset<T>(name: string): Promise<T> {
  // Collection names are checked by Astro's generated types only when written literally; the error below covers a typo.
  const entry = await getEntry(name as never, DATASET_ENTRY);
  if (!entry) throw new MissingDatasetError(name);
  return (entry as { data: T }).data;
}
