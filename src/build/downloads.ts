/**
 * Every open data download of the datasets this area publishes, each
 * described beside its dataset (src/<feature>/downloads.ts: `dataset`, the id
 * it belongs to, and `downloads()`): the endpoints under /open-data/ and the
 * /open-data/ page read this list, so titles and addresses cannot drift apart.
 * Found by their file name, so the check page, which runs the datasets'
 * readers in the browser, never bundles them.
 */
import type { DownloadSpec } from '../core/dataset';
import { heldDatasets } from '../core/held-datasets';
import { LocalOfferError } from '../core/errors';
import { DATASETS } from './registry';

interface DownloadsModule {
  dataset: string;
  downloads: () => readonly DownloadSpec[] | Promise<readonly DownloadSpec[]>;
}

const MODULES = import.meta.glob<DownloadsModule>('../*/downloads.ts');

export type { DownloadFormat } from '../core/open-data';
export { downloadHref } from '../core/open-data';
export type Download = DownloadSpec;

let all: Promise<DownloadSpec[]> | undefined;

/** Every download, in registry order. */
export function getDownloads(): Promise<DownloadSpec[]> {
  all ??= (async () => {
    const modules = await Promise.all(Object.values(MODULES).map((load) => load()));
    const order = (m: DownloadsModule) => DATASETS.findIndex((d) => d.id === m.dataset);
    const present = modules.filter((m) => heldDatasets.has(m.dataset)).sort((a, b) => order(a) - order(b));
    return (await Promise.all(present.map((m) => m.downloads()))).flat();
  })();
  return all;
}

export async function findDownload(id: string): Promise<DownloadSpec> {
  const found = (await getDownloads()).find((d) => d.id === id);
  if (!found) throw new UnknownDownloadError(id);
  return found;
}

export class UnknownDownloadError extends LocalOfferError {
  constructor(id: string) {
    super(`There is no open data download called "${id}".`, 'Each dataset lists its downloads in its own downloads.ts, beside its dataset.ts.');
  }
}
