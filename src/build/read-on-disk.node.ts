/** One dataset read from a data folder on disk, as the build reads it (with the datasets it needs): for commands and tests. */
import { buildDate } from '../core/build-date';
import { LocalOfferError } from '../core/errors';
import { dataDir, diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import { dataFrom } from './data';
import type { DataOf, DatasetId } from './registry';

export function readDatasetOnDisk<Id extends DatasetId>(id: Id, dir: string = dataDir(), today: Date = buildDate()): Checked<DataOf<Id>> {
  const read = dataFrom(diskFolder(dir), today).datasets[id] as Checked<DataOf<Id>> | undefined;
  if (!read) throw new DatasetNotPublishedError(id, dir);
  return read;
}

export class DatasetNotPublishedError extends LocalOfferError {
  constructor(id: string, dir: string) {
    super(`The data folder ${dir} has no ${id} dataset.`, 'Its main file is missing, so the area does not publish it (see its presentWhen in src/<feature>/dataset.ts).');
  }
}
