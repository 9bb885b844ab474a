/** check-data's Local Offer checks (./check.ts) over the content folder and the data as read. */
import { join } from 'node:path';
import { dataDir, displayPath, readTextTree } from '../core/files.node.ts';
import { SITE_CONFIG_FILE } from '../config/site-file';
import { hasErrors, type Checked, type DataProblem } from '../core/problems';
import type { SiteConfig } from '../config/site-schema';
import type { DirectoryData } from '../directory/read';
import type { Facts } from '../content/facts/facts';
import { checkLocalOffer } from './check';
import { loadSchedule2 } from './schedule-2.node.ts';

export function checkLocalOfferFiles(content: string, data: { site: SiteConfig | undefined; directory: Checked<DirectoryData> | undefined; facts?: Facts | undefined; siteFile?: string }, today: Date): DataProblem[] {
  const guidesFolder = join(content, 'guides');
  const updatesFolder = join(content, 'updates');
  return checkLocalOffer({
    schedule2: loadSchedule2(),
    guides: readTextTree(guidesFolder, ['.mdx', '.md']),
    updates: readTextTree(updatesFolder, ['.md', '.mdx']),
    taxonomy: { categories: data.directory?.value.taxonomy.categories ?? [], file: data.directory?.value.files.taxonomy ?? '' },
    // A directory with errors has lost rows: which categories are empty is not known, so none is called empty.
    services: data.directory && !hasErrors(data.directory.problems) ? data.directory.value.services : undefined,
    site: data.site,
    siteFile: data.siteFile ?? displayPath(join(dataDir(), SITE_CONFIG_FILE)),
    folders: { guides: displayPath(guidesFolder), updates: displayPath(updatesFolder) },
    today,
    facts: data.facts,
  });
}
