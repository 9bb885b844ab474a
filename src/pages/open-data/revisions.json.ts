import type { APIRoute } from 'astro';
import { getRevisions } from '../../history/collection';
import { revisionsOpenData } from '../../history/log';
import { dataSymbols } from '../../core/symbols';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const symbols = dataSymbols(site.smallNumberThreshold);
  const body = {
    title: `Revisions log: every published figure that has since changed, ${site.areaName}`,
    publisher: site.council,
    licence: 'Open Government Licence v3.0',
    symbols: { c: symbols.c, z: 'Not applicable: the figure was taken out.' },
    rows: revisionsOpenData(await getRevisions(), site.smallNumberThreshold),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
