/** The revisions log as open data: every published figure that has since changed. */
import { changesDataset } from './dataset';
import type { DownloadSpec } from '../core/dataset';
import { symbolMeanings } from '../core/symbols';
import { getSite } from '../config/get';
import { getRevisions } from './collection';
import { REVISIONS_OPEN_DATA_COLUMNS, revisionsOpenData } from './view';

/** The dataset these downloads belong to: they are offered only when the area publishes it. */
export const dataset = changesDataset.id;

export async function downloads(): Promise<DownloadSpec[]> {
  const site = await getSite();
  const threshold = site.smallNumberThreshold;
  return [
    {
      id: 'revisions',
      title: 'Revisions log: every published figure that has since changed',
      fileTitle: `Revisions log: every published figure that has since changed, ${site.areaName}`,
      page: '/data/#revisions',
      symbols: { c: symbolMeanings(threshold).c, z: 'Not applicable: the figure was taken out.' },
      table: async () => ({ columns: REVISIONS_OPEN_DATA_COLUMNS, rows: revisionsOpenData(await getRevisions(), threshold) }),
    },
  ];
}
