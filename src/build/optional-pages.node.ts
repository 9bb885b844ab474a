/**
 * Pages that need a dataset the area may not publish live in
 * `src/pages/_<dataset id>/`: Astro leaves folders starting with `_` out of
 * its routes, and the build adds each page back only when the area publishes
 * that dataset. So an area with no improvement plan has no /progress/ pages,
 * and the rule is the registry's, not a special case in each page.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diskFolder } from '../core/files.node.ts';
import { isPresent } from './data';
import { DATASETS } from './registry';

export interface OptionalRoute {
  pattern: string;
  entrypoint: string;
}

/** `_plan/progress/index.astro` → `/progress`; `_directory/open-data/hsds/[file].ts` → `/open-data/hsds/[file]`. */
export function routePattern(pathInFolder: string): string {
  const path = pathInFolder.replace(/\\/g, '/').replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
  return `/${path}`;
}

/** The routes of every page whose dataset the data folder has. */
export function optionalRoutes(pagesDir: string, dataDir: string): OptionalRoute[] {
  const folder = diskFolder(dataDir);
  return DATASETS.filter((dataset) => isPresent(dataset, folder)).flatMap((dataset) => {
    const dir = join(pagesDir, `_${dataset.id}`);
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.test.ts'));
    } catch {
      return [];
    }
    return files.sort().map((f) => ({ pattern: routePattern(f), entrypoint: relative(process.cwd(), join(dir, f)).split('\\').join('/') }));
  });
}
