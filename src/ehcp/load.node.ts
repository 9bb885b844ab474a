/** Reads the EHCP files from the data folder on disk. */
import { diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import type { EhcpData } from './ehcp';
import { ehcpFrom } from './load';

export function loadEhcp(dir: string, today: Date): Checked<EhcpData> {
  return ehcpFrom(diskFolder(dir), today);
}
