/** Each service's summary for the directory's result cards, fetched only when the first search is drawn. */
import type { APIRoute } from 'astro';
import { buildSummaries } from '../../../directory/search-index';
import { getDirectory } from '../../../directory/collection';

export const GET: APIRoute = async () => {
  const { services } = await getDirectory();
  return new Response(JSON.stringify(buildSummaries(services)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
