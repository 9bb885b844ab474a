/**
 * Every dataset in a data folder, read and checked: the same code for the
 * build, `npm run check-data`, CI (over the folder on disk) and the check page
 * in the browser (over the published files with the chosen one in its place).
 * It loops over the registry; a dataset the area does not publish (its
 * `presentWhen` file is missing) is left out, with no problems.
 */
import type { DataFolder } from '../core/data-folder';
import { hasErrors, type Checked, type DataProblem } from '../core/problems';
import type { SiteConfig } from '../config/site-schema';
import { siteConfigFrom } from '../config/site-file';
import { siteFacts } from '../config/facts';
import type { Facts } from '../content/facts/facts';
import { DATASETS, type DataOf, type DatasetId, type RegisteredDataset } from './registry';

/** Each dataset the area publishes, read and checked, by id. */
export type DatasetValues = { [Id in DatasetId]?: Checked<DataOf<Id>> };

export interface DataFiles {
  /** The site configuration (site.yaml): undefined when it has an error. */
  site: Checked<SiteConfig | undefined>;
  datasets: DatasetValues;
}

/** Does the area publish this dataset? */
export function isPresent(dataset: { presentWhen?: string | undefined }, folder: DataFolder): boolean {
  return dataset.presentWhen === undefined || folder.has(dataset.presentWhen);
}

export function dataFrom(folder: DataFolder, today: Date): DataFiles {
  const site = siteConfigFrom(folder);
  const datasets: Record<string, Checked<unknown>> = {};
  for (const dataset of readingOrder()) {
    if (!isPresent(dataset, folder)) continue;
    datasets[dataset.id] = dataset.read(folder, { today, site: site.value, earlier: (id) => datasets[id] });
  }
  return { site, datasets: datasets as DatasetValues };
}

/** The datasets with each after the ones it `needs`, otherwise in registry order. */
export function readingOrder(): readonly RegisteredDataset[] {
  const order: RegisteredDataset[] = [];
  const visit = (dataset: RegisteredDataset) => {
    if (order.includes(dataset)) return;
    for (const id of dataset.needs ?? []) {
      const needed = DATASETS.find((d) => d.id === id);
      if (needed) visit(needed);
    }
    order.push(dataset);
  };
  DATASETS.forEach(visit);
  return order;
}

/** Every problem in the data files, in one list, in the order check-data prints them. */
export function dataProblems(d: DataFiles): DataProblem[] {
  return [...d.site.problems, ...DATASETS.flatMap((dataset) => d.datasets[dataset.id]?.problems ?? [])];
}

export function checkDataFolder(folder: DataFolder, today: Date): DataProblem[] {
  return dataProblems(dataFrom(folder, today));
}

/** Every fact the configuration and the datasets give, by name. */
export function factsFrom(site: SiteConfig, values: DatasetValues, today: Date): Facts {
  const facts = new Map<string, string>(siteFacts(site));
  for (const dataset of DATASETS) {
    const checked = values[dataset.id] as Checked<never> | undefined;
    if (checked && dataset.facts) for (const [name, value] of dataset.facts(checked.value, { today, site })) facts.set(name, value);
  }
  return facts;
}

/**
 * The facts guides and updates may state, when the data can be read: a broken
 * data file is its own error, not one more error for every fact it feeds.
 */
export function factsToCheck(d: DataFiles, today: Date): Facts | undefined {
  return hasErrors(dataProblems(d)) || !d.site.value ? undefined : factsFrom(d.site.value, d.datasets, today);
}
