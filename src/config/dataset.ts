/** Datasets of this project: core's description, with the site configuration as what each is read with. */
import type { Dataset, DownloadSpec, ReadContext } from '../core/dataset';
import type { SiteConfig } from './site-schema';

export type AreaDataset<Id extends string = string, T = unknown> = Dataset<Id, T, SiteConfig>;
export type AreaReadContext = ReadContext<SiteConfig>;
export type { DownloadSpec };

/** `defineDataset({ id: 'ehcp', … })`: a dataset's description, typed from itself (src/core/dataset.ts explains each part). */
export function defineDataset<const Id extends string, T>(dataset: AreaDataset<Id, T>): AreaDataset<Id, T> {
  return dataset;
}
