import type { APIRoute } from 'astro';
import { toCsv } from '../../core/csv';
import { OPEN_DATA_COLUMNS, toServiceCsvRow } from '../../directory/open-referral';
import { byName } from '../../directory/pages';
import { getDirectory } from '../../directory/collection';

export const GET: APIRoute = async () => {
  const { services } = await getDirectory();
  return new Response(toCsv(OPEN_DATA_COLUMNS, byName(services).map(toServiceCsvRow)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
