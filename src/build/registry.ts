/**
 * Every dataset, in the order pages list them (each is read after those it
 * `needs`: ./data.ts). check-data, the build, the history guard, open data, the check
 * page and `npm run new-area` loop over this list: adding a dataset is one
 * folder (src/<feature>/dataset.ts) and one line here. Browser-safe: the check
 * page runs the same readers.
 */
import { fileMatches, type DataFileSpec } from '../core/dataset';
import type { KeyedDataset } from '../core/history/keyed';
import { ehcpDataset } from '../ehcp/dataset';
import { planDataset } from '../plan/dataset';
import { indicatorsDataset } from '../indicators/dataset';
import { directoryDataset } from '../directory/dataset';
import { compareDataset } from '../compare/dataset';
import { changesDataset } from '../history/dataset';

export const DATASETS = [ehcpDataset, indicatorsDataset, planDataset, compareDataset, directoryDataset, changesDataset] as const;

export type RegisteredDataset = (typeof DATASETS)[number];
export type DatasetId = RegisteredDataset['id'];
/** The data a dataset reads to, by id: `DataOf<'ehcp'>` is `EhcpData`. */
export type DataOf<Id extends DatasetId> = Extract<RegisteredDataset, { id: Id }> extends { read: (...args: never[]) => { value: infer T } } ? T : never;

/** What every guarded file's rows are: each dataset's own descriptions, together. */
export const HISTORY_DESCRIPTIONS: readonly KeyedDataset[] = DATASETS.flatMap((d) => d.history ?? []);

/** Every file and folder a dataset reads, with the dataset it belongs to. */
export const DATA_FILES: readonly (DataFileSpec & { dataset: DatasetId })[] = DATASETS.flatMap((d) => d.files.map((f) => ({ ...f, dataset: d.id })));

/** The dataset a data-folder path belongs to, if any (`improvement-plan/reviews/2026-07-10.csv` → plan). */
export function fileSpecFor(path: string): (DataFileSpec & { dataset: DatasetId }) | undefined {
  return DATA_FILES.find((f) => fileMatches(f, path));
}
