/**
 * Astro's glob loader, safe with more than one content folder. Astro keeps a
 * collection's entries between builds, and keeps an entry whose file has not
 * changed together with the path it was first read from. A build from another
 * folder holding the same files (CONTENT_DIR: the benchmark, the tests' copies)
 * then rendered pages from the other folder's files: translated guides came
 * out as English, without their right-to-left markup. So a collection's
 * entries are dropped whenever its folder changes.
 */
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0] & { base: string };

/** A loader that drops its collection's stored entries first whenever `base` differs from the last sync's. */
export function resetWhenFolderChanges(loader: Loader, base: string): Loader {
  const folder = resolve(base);
  return {
    ...loader,
    load: async (context) => {
      if (context.meta.get('base') !== folder) {
        context.store.clear();
        context.meta.set('base', folder);
      }
      await loader.load(context);
    },
  };
}

export function globIn(options: GlobOptions): Loader {
  return resetWhenFolderChanges(glob(options), options.base);
}
