/** The other measures as open data: one row per measure per period, with the data symbols. */
import type { DownloadSpec } from '../core/dataset';
import { getSite } from '../config/get';
import { getIndicatorViews } from './collection';
import { DASHBOARD_PAGE, indicatorsDataset } from './dataset';
import { indicatorOpenDataTable, indicatorSymbols } from './open-data';

/** The dataset these downloads belong to: they are offered only when the area publishes it. */
export const dataset = indicatorsDataset.id;

export async function downloads(): Promise<DownloadSpec[]> {
  const site = await getSite();
  return [
    {
      id: 'indicators',
      title: 'SEND figures and improvement plan measures: one row per measure per period',
      fileTitle: `SEND figures and improvement plan measures, ${site.areaName}, one row per measure per period`,
      page: DASHBOARD_PAGE,
      symbols: indicatorSymbols(site.smallNumberThreshold),
      table: async () => indicatorOpenDataTable(await getIndicatorViews(), site.areaName),
    },
  ];
}
