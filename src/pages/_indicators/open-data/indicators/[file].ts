/** One indicator's figures, CSV and JSON, for the download links on its page: the same rows as /open-data/indicators.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../config/site.node.ts';
import { csvResponse, jsonResponse, tableJson } from '../../../../core/open-data';
import { getIndicatorViews } from '../../../../indicators/collection';
import { indicatorOpenDataTable, indicatorSymbols } from '../../../../indicators/open-data';
import { indicatorDownloads } from '../../../../indicators/view';

export const getStaticPaths = (async () =>
  (await getIndicatorViews()).flatMap((view) =>
    indicatorDownloads(view.indicator.id).map((d) => ({ params: { file: d.href.split('/').at(-1)! }, props: { view, format: d.format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { view, format } = props as { view: Awaited<ReturnType<typeof getIndicatorViews>>[number]; format: 'csv' | 'json' };
  const table = indicatorOpenDataTable([view], site.areaName);
  if (format === 'csv') return csvResponse(table);
  const title = `${view.indicator.title}, ${site.areaName}`;
  return jsonResponse(tableJson({ title, publisher: site.council, symbols: indicatorSymbols(site.smallNumberThreshold) }, table));
};
