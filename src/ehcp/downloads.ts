/** The EHCP figures as open data: one row per month, with the data symbols. */
import type { DownloadSpec } from '../core/dataset';
import { symbolMeanings } from '../core/symbols';
import { getSite } from '../config/get';
import { getEhcpView } from './collection';
import { EHCP_PAGE, ehcpDataset } from './dataset';
import { EHCP_OPEN_DATA_COLUMNS, ehcpOpenData } from './open-data';

/** The dataset these downloads belong to: they are offered only when the area publishes it. */
export const dataset = ehcpDataset.id;

export async function downloads(): Promise<DownloadSpec[]> {
  const site = await getSite();
  return [
    {
      id: 'ehcp-timeliness',
      title: 'New EHC plans issued within 20 weeks, by month',
      fileTitle: `New EHC plans issued within 20 weeks, ${site.areaName}, by month`,
      page: EHCP_PAGE,
      symbols: { ...symbolMeanings(site.smallNumberThreshold), z: 'Not applicable: there are fewer than 12 months of figures.' },
      table: async () => ({ columns: EHCP_OPEN_DATA_COLUMNS, rows: ehcpOpenData((await getEhcpView()).stats, site.areaName) }),
    },
  ];
}
