/** Reads the EHCP files from a data folder (on disk or, on the check page, in memory): the monthly figures and the England comparator. */
import type { DataFolder } from '../core/data-folder';
import type { Checked, DataProblem } from '../core/problems';
import { readEhcpNational, readEhcpTimeliness, type EhcpData } from './ehcp';

export function ehcpFrom(folder: DataFolder, today: Date): Checked<EhcpData> {
  const timeliness = folder.read('ehcp-timeliness.csv');
  const national = folder.read('ehcp-national.csv');
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
