import type { APIRoute } from 'astro';
import { COMPARE_OPEN_DATA_COLUMNS } from '../../compare/open-data';
import { getCompareData, getCompareOpenData } from '../../compare/collection';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const { release } = await getCompareData();
  const body = {
    title: `How ${site.areaName} compares with England, its region and its statistical neighbours`,
    publisher: site.council,
    licence: 'Open Government Licence v3.0',
    sources: release.map((r) => ({ release: r.release, file: r.source_file, sha256: r.sha256 })),
    symbols: { x: 'not available', z: 'not applicable' },
    columns: COMPARE_OPEN_DATA_COLUMNS,
    rows: await getCompareOpenData(),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
