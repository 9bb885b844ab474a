/** The directory as the build holds it: services, taxonomy and postcode districts together. */
import { getDataset } from '../core/held-datasets';
import { getSite } from '../config/get';
import type { DirectoryData } from './read';
import type { ServicePage } from './service-page';

export const getDirectory = () => getDataset<DirectoryData>('directory');

/** Every service's page view model, in file order. */
export async function getServicePages(): Promise<ServicePage[]> {
  const { servicePage } = await import('./service-page');
  const [{ services, taxonomy }, site] = await Promise.all([getDirectory(), getSite()]);
  const options = { siteUrl: site.siteUrl, council: site.council, areaName: site.areaName, email: site.contact.email };
  return services.map((s) => servicePage(s, taxonomy, options));
}
