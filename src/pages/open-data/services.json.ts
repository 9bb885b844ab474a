import type { APIRoute } from 'astro';
import { serviceListPage } from '../../directory/hsds-export';
import { siteHsdsTables } from '../../directory/hsds-open-data';
import { getDirectory } from '../../core/collections';

/** Every service as HSDS 3.0 JSON (Open Referral UK 3.0 profile): one list page, each service with what belongs to it. */
export const GET: APIRoute = async () => {
  const { services, taxonomy } = await getDirectory();
  return new Response(JSON.stringify(serviceListPage(siteHsdsTables(services, taxonomy)), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
