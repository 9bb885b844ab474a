/** The directory as open data: CSV with the columns of services.csv, and JSON in the Open Referral UK 3.0 standard (HSDS 3.0). */
import { directoryDataset } from './dataset';
import type { DownloadSpec } from '../core/dataset';
import { getDirectory } from './collection';
import { DIRECTORY_FILES, SERVICES_PAGE } from './files';
import { serviceListPage } from './hsds-export';
import { siteHsdsTables } from './hsds-open-data';
import { OPEN_DATA_COLUMNS, toServiceCsvRow } from './open-referral';
import { byName } from './view';

/** The dataset these downloads belong to: they are offered only when the area publishes it. */
export const dataset = directoryDataset.id;

export async function downloads(): Promise<DownloadSpec[]> {
  return [
    {
      id: 'services',
      title: `Directory of services (CSV with the columns of ${DIRECTORY_FILES.services}; JSON in the Open Referral UK 3.0 standard, HSDS 3.0)`,
      page: SERVICES_PAGE,
      table: async () => ({ columns: OPEN_DATA_COLUMNS, rows: byName((await getDirectory()).services).map(toServiceCsvRow) }),
      // The standard's own shape: an HSDS 3.0 list page of services (see docs/directory-feeds.md).
      json: async () => {
        const { services, taxonomy } = await getDirectory();
        return serviceListPage(await siteHsdsTables(services, taxonomy));
      },
    },
  ];
}
