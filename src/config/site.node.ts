/**
 * This site's configuration, read once from `site.yaml` in the data folder
 * (DATA_DIR, else data/). Pages, the build and the commands import `site`
 * from here; a configuration with an error stops them with every problem
 * listed, as a data file's would.
 */
import { dataDir, diskFolder } from '../core/files.node.ts';
import { orThrow } from '../core/problems.ts';
import { siteConfigFrom } from './site-file.ts';
import type { SiteConfig } from './site-schema.ts';

export function loadSiteConfig(dir: string = dataDir()): SiteConfig {
  return orThrow(siteConfigFrom(diskFolder(dir)))!;
}

export const site: SiteConfig = loadSiteConfig();
