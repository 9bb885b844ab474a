/**
 * The data files this site was built from, for /publish/check/: the page
 * checks a chosen file against them in the browser, as check-data does
 * against the version last published.
 */
import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { contentDir, dataDir, readTextTree } from '../../../core/files.node.ts';
import { jsonResponse } from '../../../core/open-data';
import { snapshotOnDisk } from '../../../core/history/git.node.ts';
import { publishedJson } from '../../../publish/published';

export const GET: APIRoute = () => {
  // Read as check-data reads them (src/content/load.node.ts), so problems come in the same order.
  const content = [...readTextTree(join(contentDir(), 'guides'), ['.mdx', '.md']), ...readTextTree(join(contentDir(), 'updates'), ['.md', '.mdx'])];
  return jsonResponse(publishedJson({ files: snapshotOnDisk(dataDir()), content }));
};
