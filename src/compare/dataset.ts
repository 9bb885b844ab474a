/**
 * How the area compares with England, its region and its statistical
 * neighbours, described once: the files `npm run import:dfe` writes from
 * DfE's release into data/compare/, read and checked against the site
 * configuration and the EHCP page's England line; the page and downloads.
 * Optional: an area that has not imported DfE's figures has no /data/compare/.
 */
import { defineDataset } from '../config/dataset';
import type { EhcpData } from '../ehcp/read';
import { COMPARE_FILES, COMPARE_IMPORT, comparePath, readCompareData } from './read';

export const COMPARE_PAGE = '/data/compare/';

export const compareDataset = defineDataset({
  id: 'compare',
  title: 'How we compare',
  files: [
    { path: comparePath(COMPARE_FILES.values.name), label: 'DfE figures to compare with', columns: { required: COMPARE_FILES.values.columns }, newArea: 'remove', madeBy: COMPARE_IMPORT },
    { path: comparePath(COMPARE_FILES.neighbours.name), label: 'Statistical neighbours', columns: { required: COMPARE_FILES.neighbours.columns }, newArea: 'remove', madeBy: COMPARE_IMPORT },
    { path: comparePath(COMPARE_FILES.release.name), label: 'The DfE release the figures came from', columns: { required: COMPARE_FILES.release.columns }, newArea: 'remove', madeBy: COMPARE_IMPORT },
  ],
  presentWhen: comparePath(COMPARE_FILES.values.name),
  needs: ['ehcp'],
  read: (folder, { site, earlier }) => readCompareData(folder, site?.compare, earlier('ehcp')?.value as EhcpData | undefined),
  pages: [COMPARE_PAGE],
});
