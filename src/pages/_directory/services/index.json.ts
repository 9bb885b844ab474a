/** The search index the directory page fetches: compact rows plus postcode district centres. */
import type { APIRoute } from 'astro';
import { buildDirectoryIndex } from '../../../directory/search-index';
import { buildPayload } from '../../../directory/payload';
import { getDirectory } from '../../../directory/collection';

export const GET: APIRoute = async () => {
  const { services, taxonomy, districts } = await getDirectory();
  return new Response(JSON.stringify(buildPayload(buildDirectoryIndex(services, taxonomy), districts)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
