/**
 * An Astro content loader over a checked dataset: one collection, one entry.
 * The dataset (with the paths of the files it came from) is stored as it is;
 * if there is any error the build stops with every problem listed, before a
 * page is written.
 */
import type { Loader } from 'astro/loaders';
import { DataError, hasErrors, type Checked } from './problems';

/** The id of a dataset's one entry, so pages can ask for it by name. */
export const DATASET_ENTRY = 'dataset';

export function datasetLoader<T extends object>(name: string, read: () => Checked<T> | Promise<Checked<T>>): Loader {
  return {
    name,
    load: async ({ store }) => {
      const { value, problems } = await read();
      if (hasErrors(problems)) throw new DataError(problems);
      store.clear();
      store.set({ id: DATASET_ENTRY, data: { ...value } as Record<string, unknown> });
    },
  };
}
