import type { APIRoute } from 'astro';
import { toOpenReferral } from '../../directory/open-referral';
import { byName } from '../../directory/pages';
import { getDirectory } from '../../directory/collection';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const { services, taxonomy } = await getDirectory();
  const body = {
    title: `${site.areaName} SEND Local Offer: directory of services`,
    publisher: site.council,
    licence: 'Open Government Licence v3.0',
    standard: 'Open Referral UK / Human Services Data Specification (HSDS) 3, tables as arrays',
    ...toOpenReferral(byName(services), taxonomy),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
