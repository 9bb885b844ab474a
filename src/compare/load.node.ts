/** Reads `data/compare/` and checks it against the site configuration and the England line. */
import { join } from 'node:path';
import { readSource } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import type { CompareConfig } from '../config/site-schema';
import { readEhcpNational } from '../ehcp/ehcp';
import { checkCompare } from './checks';
import type { CompareData } from './comparators';
import { COMPARE_DIR, COMPARE_FILES, readCompareValues, readNeighbourRows, readReleaseRows } from './compare-files';

export interface LoadedCompare extends CompareData {
  /** Paths of the files, for "Source:" lines. */
  files: { values: string; neighbours: string; release: string };
}

export function loadCompare(dir: string, config: CompareConfig): Checked<LoadedCompare> {
  const folder = join(dir, COMPARE_DIR);
  const values = readSource(folder, COMPARE_FILES.values.name);
  const neighbours = readSource(folder, COMPARE_FILES.neighbours.name);
  const release = readSource(folder, COMPARE_FILES.release.name);
  const problems: DataProblem[] = [...values.problems, ...neighbours.problems, ...release.problems].map((p) => ({ ...p, fix: 'Make it with npm run import:dfe (see docs/publishing.md).' }));
  const v = values.file ? readCompareValues(values.file.bytes, values.file.path) : { value: [], problems: [] };
  const n = neighbours.file ? readNeighbourRows(neighbours.file.bytes, neighbours.file.path) : { value: [], problems: [] };
  const r = release.file ? readReleaseRows(release.file.bytes, release.file.path) : { value: [], problems: [] };
  problems.push(...v.problems, ...n.problems, ...r.problems);
  const files = {
    values: values.file?.path ?? `data/${COMPARE_DIR}/${COMPARE_FILES.values.name}`,
    neighbours: neighbours.file?.path ?? `data/${COMPARE_DIR}/${COMPARE_FILES.neighbours.name}`,
    release: release.file?.path ?? `data/${COMPARE_DIR}/${COMPARE_FILES.release.name}`,
  };
  const data = { values: v.value, neighbours: n.value, release: r.value, files };
  if (problems.length === 0) {
    // The England line is read (and its own problems reported) by the EHCP loader; here we only compare.
    const nationalFile = readSource(dir, 'ehcp-national.csv').file;
    const national = nationalFile ? readEhcpNational(nationalFile.bytes, nationalFile.path).value : [];
    problems.push(...checkCompare(data, config, national, { ...files, national: nationalFile?.path ?? 'data/ehcp-national.csv' }));
  }
  return { value: data, problems };
}
