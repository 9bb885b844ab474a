/**
 * Which pages this area has, from the registry and what the build holds: a
 * page of a dataset the area does not publish is not built (the pages live in
 * src/pages/_<dataset id>/, ./optional-pages.node.ts), so nothing links to it,
 * the menu included.
 */
import { heldDatasets } from '../core/held-datasets';
import { DATASETS } from './registry';

/** The addresses of the datasets the area does not publish. */
export function absentPages(held: ReadonlySet<string> | ReadonlyMap<string, unknown> = heldDatasets): string[] {
  return DATASETS.filter((d) => !held.has(d.id)).flatMap((d) => [...d.pages]);
}

/** Is the page at this address (or under it) built? `isPublished('/progress/2/')` is false when there is no plan. */
export function isPublished(href: string, held: ReadonlySet<string> | ReadonlyMap<string, unknown> = heldDatasets): boolean {
  const path = href.split(/[?#]/)[0]!;
  return !absentPages(held).some((page) => path.startsWith(page));
}
