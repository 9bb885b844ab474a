import type { APIRoute } from 'astro';
import { toCsv } from '../../data/csv';
import { OPEN_DATA_COLUMNS, toServiceCsvRow } from '../../data/open-referral';
import { byName } from '../../data/directory-pages';
import { getDirectory } from '../../lib/collections';

export const GET: APIRoute = async () => {
  const { services } = await getDirectory();
  return new Response(toCsv(OPEN_DATA_COLUMNS, byName(services).map(toServiceCsvRow)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
