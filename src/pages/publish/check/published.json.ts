/**
 * The data files this site was built from, for /publish/check/: the page
 * checks a chosen file against them in the browser, as check-data does
 * against the version last published.
 */
import type { APIRoute } from 'astro';
import { dataDir } from '../../../core/files.node.ts';
import { snapshotOnDisk } from '../../../history/git.node.ts';
import { publishedJson } from '../../../publish/published';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(publishedJson(snapshotOnDisk(dataDir()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
