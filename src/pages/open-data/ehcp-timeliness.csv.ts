import type { APIRoute } from 'astro';
import { toCsv } from '../../core/csv';
import { EHCP_OPEN_DATA_COLUMNS, ehcpOpenData } from '../../ehcp/open-data';
import { getEhcpView } from '../../ehcp/collection';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const { stats } = await getEhcpView();
  return new Response(toCsv(EHCP_OPEN_DATA_COLUMNS, ehcpOpenData(stats, site.areaName)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
