/** Reads `data/compare/` and checks it against the site configuration and the EHCP page's England line. */
import { join } from 'node:path';
import { readSource } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import type { CompareConfig } from '../config/site-schema';
import type { EhcpNationalYear } from '../ehcp/ehcp';
import { checkCompare } from './checks';
import type { CompareData } from './comparators';
import { COMPARE_DIR, COMPARE_FILES, readCompareValues, readNeighbourRows, readReleaseRows } from './compare-files';

export interface LoadedCompare extends CompareData {
  /** Paths of the files, for "Source:" lines and "last updated". */
  files: { values: string; neighbours: string; release: string };
}

/** `england` is the EHCP dataset's England line (already read and checked by its own loader), to compare with. */
export function loadCompare(dir: string, config: CompareConfig, england: { national: readonly EhcpNationalYear[]; file: string }): Checked<LoadedCompare> {
  const folder = join(dir, COMPARE_DIR);
  const values = readSource(folder, COMPARE_FILES.values.name);
  const neighbours = readSource(folder, COMPARE_FILES.neighbours.name);
  const release = readSource(folder, COMPARE_FILES.release.name);
  const problems: DataProblem[] = [...values.problems, ...neighbours.problems, ...release.problems].map((p) => ({ ...p, fix: 'Make it with npm run import:dfe (see docs/publishing.md).' }));
  const v = values.file ? readCompareValues(values.file.bytes, values.path) : { value: [], problems: [] };
  const n = neighbours.file ? readNeighbourRows(neighbours.file.bytes, neighbours.path) : { value: [], problems: [] };
  const r = release.file ? readReleaseRows(release.file.bytes, release.path) : { value: [], problems: [] };
  problems.push(...v.problems, ...n.problems, ...r.problems);
  const files = { values: values.path, neighbours: neighbours.path, release: release.path };
  const data = { values: v.value, neighbours: n.value, release: r.value, files };
  if (problems.length === 0) problems.push(...checkCompare(data, config, england.national, { ...files, national: england.file }));
  return { value: data, problems };
}
