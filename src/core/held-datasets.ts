/**
 * The datasets a build has read and checked, held in its memory by id, so a
 * feature's getters can read them without knowing how the build loaded them
 * (src/build/). Loaders and pages are loaded apart, so they share the map
 * through one globalThis key.
 */
import { LocalOfferError } from './errors';

const HELD = Symbol.for('open-local-offer.datasets');
export const heldDatasets: Map<string, unknown> = ((globalThis as { [HELD]?: Map<string, unknown> })[HELD] ??= new Map());

/** The dataset the build holds under `id`; a fault in the site's code, not the data, if there is none. */
export async function getDataset<T>(id: string): Promise<T> {
  if (!heldDatasets.has(id)) throw new MissingDatasetError(id);
  return heldDatasets.get(id) as T;
}

/** A page asked for a dataset the build did not read: a fault in the site's code, not in the data. */
export class MissingDatasetError extends LocalOfferError {
  constructor(id: string) {
    super(`The build holds no dataset "${id}".`, 'Check it is listed in src/build/registry.ts, and that the page is built only when the area publishes it.');
  }
}
