/**
 * An Astro content loader over a checked dataset: one collection, one entry.
 * If there is any error the build stops with every problem listed, before a
 * page is written.
 *
 * The dataset itself is held in this process's memory (`heldDatasets`), not
 * in Astro's data store: the store is written to disk and bundled into the
 * pages' code as one string, which at 5,000 services was 5 MB to write, bundle
 * and read back, for a build that reads the data afresh every time anyway.
 * Content sync, bundling and page rendering all run in the one process.
 */
import type { Loader } from 'astro/loaders';
import { DataError, hasErrors, type Checked } from './problems';

/** The id of a dataset's one entry. */
const DATASET_ENTRY = 'dataset';

/** The checked datasets by collection name. Loaders and pages are loaded apart, so they share it through one globalThis key. */
const HELD = Symbol.for('open-local-offer.datasets');
export const heldDatasets: Map<string, unknown> = ((globalThis as { [HELD]?: Map<string, unknown> })[HELD] ??= new Map());

export function datasetLoader<T extends object>(name: string, read: () => Checked<T> | Promise<Checked<T>>): Loader {
  return {
    name,
    load: async ({ store }) => {
      const { value, problems } = await read();
      if (hasErrors(problems)) throw new DataError(problems);
      heldDatasets.set(name, value);
      // The entry says the dataset was loaded; what it holds is in heldDatasets.
      store.clear();
      store.set({ id: DATASET_ENTRY, data: { held: true } });
    },
  };
}
