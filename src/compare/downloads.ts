/** The comparison as open data: the table, plus which release files (and checksums) the figures came from. */
import type { DownloadSpec } from '../core/dataset';
import { symbolMeanings } from '../core/symbols';
import { tableJson } from '../core/open-data';
import { getSite } from '../config/get';
import { getCompareData, getCompareOpenData } from './collection';
import { COMPARE_PAGE, compareDataset } from './dataset';
import { COMPARE_OPEN_DATA_COLUMNS } from './open-data';

/** The dataset these downloads belong to: they are offered only when the area publishes it. */
export const dataset = compareDataset.id;

export async function downloads(): Promise<DownloadSpec[]> {
  const site = await getSite();
  const title = `How ${site.areaName} compares with England, its region and its statistical neighbours`;
  const meanings = symbolMeanings(site.smallNumberThreshold);
  const symbols = { x: meanings.x, z: meanings.z };
  return [
    {
      id: 'compare',
      title: 'How we compare: our EHC plan figures beside England, the region and our statistical neighbours (DfE)',
      fileTitle: title,
      page: COMPARE_PAGE,
      symbols,
      table: async () => ({ columns: COMPARE_OPEN_DATA_COLUMNS, rows: await getCompareOpenData() }),
      json: async () => {
        const { release } = await getCompareData();
        const table = tableJson({ title, publisher: site.council, symbols }, { columns: COMPARE_OPEN_DATA_COLUMNS, rows: await getCompareOpenData() });
        return { ...table, sources: release.map((r) => ({ release: r.release, file: r.source_file, sha256: r.sha256 })) };
      },
    },
  ];
}
