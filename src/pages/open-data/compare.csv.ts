import type { APIRoute } from 'astro';
import { toCsv } from '../../core/csv';
import { COMPARE_OPEN_DATA_COLUMNS } from '../../compare/open-data';
import { getCompareOpenData } from '../../compare/collection';

export const GET: APIRoute = async () =>
  new Response(toCsv(COMPARE_OPEN_DATA_COLUMNS, await getCompareOpenData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
