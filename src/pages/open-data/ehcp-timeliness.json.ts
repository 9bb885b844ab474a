import type { APIRoute } from 'astro';
import { ehcpOpenData } from '../../ehcp/open-data';
import { getEhcpView } from '../../core/collections';
import { site } from '../../config/site';
import { dataSymbols } from '../../core/symbols';

export const GET: APIRoute = async () => {
  const { stats } = await getEhcpView();
  const body = {
    title: `New EHC plans issued within 20 weeks, ${site.areaName}, by month`,
    publisher: site.council,
    licence: 'Open Government Licence v3.0',
    symbols: { ...dataSymbols(site.smallNumberThreshold), z: 'Not applicable: fewer than 12 months of figures.' },
    revisions: '/open-data/revisions.json',
    rows: ehcpOpenData(stats, site.areaName),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
