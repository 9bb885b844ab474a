/** Reads the EHCP files from the data folder: the monthly figures and the England comparator. */
import { readSource } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import { readEhcpNational, readEhcpTimeliness, type EhcpData } from './ehcp';

export function loadEhcp(dir: string, today: Date): Checked<EhcpData> {
  const timeliness = readSource(dir, 'ehcp-timeliness.csv');
  const national = readSource(dir, 'ehcp-national.csv');
  const problems: DataProblem[] = [...timeliness.problems, ...national.problems];
  const months = timeliness.file ? readEhcpTimeliness(timeliness.file.bytes, timeliness.file.path, today) : { value: [], problems: [] };
  const england = national.file ? readEhcpNational(national.file.bytes, national.file.path) : { value: [], problems: [] };
  problems.push(...months.problems, ...england.problems);
  return {
    value: {
      months: months.value,
      national: england.value,
      files: { timeliness: timeliness.path, national: national.path },
    },
    problems,
  };
}
