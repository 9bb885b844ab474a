/** Reads the services directory from the data folder on disk. */
import { diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import type { DirectoryData } from './directory';
import { readDirectoryData } from './dataset';

export function loadDirectory(dir: string, today: Date): Checked<DirectoryData> {
  return readDirectoryData(diskFolder(dir), today);
}
