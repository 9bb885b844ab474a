import type { APIRoute } from 'astro';
import { toCsv } from '../../core/csv';
import { getRevisions } from '../../history/collection';
import { REVISIONS_OPEN_DATA_COLUMNS, revisionsOpenData } from '../../history/log';
import { site } from '../../config/site';

export const GET: APIRoute = async () =>
  new Response(toCsv(REVISIONS_OPEN_DATA_COLUMNS, revisionsOpenData(await getRevisions(), site.smallNumberThreshold)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
