/**
 * An Astro content loader over a src/data reader. It stores the checked
 * records, prints warnings, and stops the build with every problem listed if
 * there is any error, before a page is written.
 */
import type { Loader } from 'astro/loaders';
import { dataDir } from './files.node.ts';
import { DataError, formatProblem, hasErrors, type Checked } from './problems';

/** "Today" for date checks; BUILD_DATE=2026-11-22 pins it for tests and reproducible builds. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  return env['BUILD_DATE'] ? new Date(`${env['BUILD_DATE']}T12:00:00Z`) : new Date();
}

export function dataLoader<T extends Record<string, unknown>>(
  name: string,
  read: (dir: string, today: Date) => Checked<T[]>,
  idOf: (item: T) => string,
): Loader {
  return {
    name,
    load: async ({ store, logger }) => {
      const { value, problems } = read(dataDir(), buildDate());
      if (hasErrors(problems)) throw new DataError(problems);
      for (const p of problems) logger.warn(formatProblem(p));
      store.clear();
      for (const item of value) store.set({ id: idOf(item), data: item });
    },
  };
}
