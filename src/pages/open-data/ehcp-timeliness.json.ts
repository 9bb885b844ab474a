import type { APIRoute } from 'astro';
import { ehcpOpenData } from '../../ehcp/open-data';
import { getEhcpView } from '../../ehcp/collection';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const { stats } = await getEhcpView();
  const body = {
    title: `New EHC plans issued within 20 weeks, ${site.areaName}, by month`,
    publisher: site.council,
    licence: 'Open Government Licence v3.0',
    symbols: { c: `confidential: a count from 1 to ${site.smallNumberThreshold - 1}, or a percentage made from one`, x: 'not collected', z: 'not applicable (fewer than 12 months of figures)' },
    rows: ehcpOpenData(stats, site.areaName),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
