/** The directory's HSDS open data for this site: the pages under /open-data/ call these. */
import { getSite } from '../config/get';
import { cachedTables, dataPackage } from './hsds-export';
import { toHsdsTables, type HsdsTables } from './open-referral';
import { byName } from './view';
import type { Service } from './services';
import { slugify } from '../core/slug';
import type { Taxonomy } from './taxonomy';
import { SERVICES_PAGE } from './files';
import { absoluteUrl } from '../core/base-path';

export async function siteHsdsTables(services: readonly Service[], taxonomy: Taxonomy): Promise<HsdsTables> {
  const site = await getSite();
  return cachedTables(services, () => toHsdsTables(byName(services), taxonomy, site.siteUrl));
}

export async function siteDataPackage() {
  const site = await getSite();
  return dataPackage({
    name: slugify(`${site.areaName} send local offer directory`),
    title: `${site.areaName} SEND Local Offer: directory of services`,
    description: 'Every service in the directory, in the Open Referral UK 3.0 profile of the Human Services Data Specification (HSDS 3.0). Ids are UUIDs that stay the same from one update to the next.',
    homepage: absoluteUrl(SERVICES_PAGE, site.siteUrl),
    publisher: site.council,
  });
}
