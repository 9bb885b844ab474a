/** Reads the change log from a data folder: optional, since nothing may have been taken out yet. */
import type { DataFolder } from '../core/data-folder';
import type { Checked } from '../core/problems';
import { readChanges, type ChangeLog } from './changes';

export function changesFrom(folder: DataFolder, today: Date): Checked<ChangeLog> {
  const file = folder.pathOf('changes.csv');
  if (!folder.has('changes.csv')) return { value: { changes: [], file }, problems: [] };
  const read = folder.read('changes.csv');
  if (!read.file) return { value: { changes: [], file }, problems: read.problems };
  const { value, problems } = readChanges(read.file.bytes, read.file.path, today);
  return { value: { changes: value, file }, problems };
}
