/** Reads the EHCP files from the data folder on disk. */
import { diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import type { EhcpData } from './ehcp';
import { readEhcpData } from './dataset';

export function loadEhcp(dir: string, today: Date): Checked<EhcpData> {
  return readEhcpData(diskFolder(dir), today);
}
