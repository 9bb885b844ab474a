/** Reads the services directory from the data folder on disk. */
import { diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import type { DirectoryData } from './directory';
import { directoryFrom } from './load';

export function loadDirectory(dir: string, today: Date): Checked<DirectoryData> {
  return directoryFrom(diskFolder(dir), today);
}
