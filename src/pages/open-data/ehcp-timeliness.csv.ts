import type { APIRoute } from 'astro';
import { toCsv } from '../../data/csv';
import { EHCP_OPEN_DATA_COLUMNS, ehcpOpenData } from '../../data/ehcp-open-data';
import { getEhcpView } from '../../lib/collections';
import { site } from '../../site.config';

export const GET: APIRoute = async () => {
  const { stats } = await getEhcpView();
  return new Response(toCsv(EHCP_OPEN_DATA_COLUMNS, ehcpOpenData(stats, site.areaName)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
