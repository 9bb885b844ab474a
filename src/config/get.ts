/** The site configuration as the build holds it, for features' getters (pages and the build read `site` from ./site.node.ts). */
import { getDataset } from '../core/held-datasets';
import type { SiteConfig } from './site-schema';

/** The id the build holds the configuration under. */
export const SITE_DATASET = 'site';

export const getSite = () => getDataset<SiteConfig>(SITE_DATASET);
