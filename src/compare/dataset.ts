/**
 * How the area compares with England, its region and its statistical
 * neighbours, described once: the files `npm run import:dfe` writes from
 * DfE's release into data/compare/, read and checked against the site
 * configuration and the EHCP page's England line; the page and downloads.
 * Optional: an area that has not imported DfE's figures has no /data/compare/.
 */
import type { DataFolder } from '../core/data-folder';
import type { Checked, DataProblem } from '../core/problems';
import { defineDataset } from '../config/dataset';
import type { CompareConfig } from '../config/site-schema';
import { SITE_CONFIG_FILE } from '../config/site-file';
import type { EhcpData } from '../ehcp/ehcp';
import { checkCompare } from './checks';
import type { CompareData } from './comparators';
import { COMPARE_DIR, COMPARE_FILES, readCompareValues, readNeighbourRows, readReleaseRows } from './compare-files';

export const COMPARE_PAGE = '/data/compare/';
const IMPORT = 'npm run import:dfe';

export interface LoadedCompare extends CompareData {
  /** Paths of the files, for "Source:" lines and "last updated". */
  files: { values: string; neighbours: string; release: string };
}

const pathOf = (name: string) => `${COMPARE_DIR}/${name}`;

/** Reads data/compare/ and checks it against the configuration and the EHCP dataset's England line (already read by its own loader). */
export function readCompareData(folder: DataFolder, config: CompareConfig | undefined, ehcp: Pick<EhcpData, 'national' | 'files'> | undefined): Checked<LoadedCompare> {
  const values = folder.read(pathOf(COMPARE_FILES.values.name));
  const neighbours = folder.read(pathOf(COMPARE_FILES.neighbours.name));
  const release = folder.read(pathOf(COMPARE_FILES.release.name));
  const problems: DataProblem[] = [...values.problems, ...neighbours.problems, ...release.problems].map((p) => ({ ...p, fix: `Make it with ${IMPORT} (see docs/publishing.md).` }));
  const v = values.file ? readCompareValues(values.file.bytes, values.path) : { value: [], problems: [] };
  const n = neighbours.file ? readNeighbourRows(neighbours.file.bytes, neighbours.path) : { value: [], problems: [] };
  const r = release.file ? readReleaseRows(release.file.bytes, release.path) : { value: [], problems: [] };
  problems.push(...v.problems, ...n.problems, ...r.problems);
  const files = { values: values.path, neighbours: neighbours.path, release: release.path };
  const data = { values: v.value, neighbours: n.value, release: r.value, files };
  const configFile = folder.pathOf(SITE_CONFIG_FILE);
  if (config === undefined) {
    problems.push({ file: configFile, column: 'compare', severity: 'error', expected: `a compare setting naming the council and region to compare, because ${folder.pathOf(COMPARE_DIR)}/ holds DfE's figures`, fix: 'See docs/new-area.md, or delete the compare folder.' });
  } else if (problems.length === 0) {
    problems.push(...checkCompare(data, config, ehcp?.national ?? [], { ...files, national: ehcp?.files.national ?? '', config: configFile }));
  }
  return { value: data, problems };
}

export const compareDataset = defineDataset({
  id: 'compare',
  title: 'How we compare',
  files: [
    { path: pathOf(COMPARE_FILES.values.name), label: 'DfE figures to compare with', columns: { required: COMPARE_FILES.values.columns }, newArea: 'remove', madeBy: IMPORT },
    { path: pathOf(COMPARE_FILES.neighbours.name), label: 'Statistical neighbours', columns: { required: COMPARE_FILES.neighbours.columns }, newArea: 'remove', madeBy: IMPORT },
    { path: pathOf(COMPARE_FILES.release.name), label: 'The DfE release the figures came from', columns: { required: COMPARE_FILES.release.columns }, newArea: 'remove', madeBy: IMPORT },
  ],
  presentWhen: pathOf(COMPARE_FILES.values.name),
  needs: ['ehcp'],
  read: (folder, { site, earlier }) => readCompareData(folder, site?.compare, earlier('ehcp')?.value as EhcpData | undefined),
  pages: [COMPARE_PAGE],
});
