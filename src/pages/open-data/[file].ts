/** Every open data download, CSV and JSON, from the one registry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site.node.ts';
import { csvResponse, jsonResponse, tableJson } from '../../core/open-data';
import { getDownloads, type Download, type DownloadFormat } from '../../build/downloads';

export const getStaticPaths = (async () =>
  (await getDownloads()).flatMap((download) => (['csv', 'json'] as const).map((format) => ({ params: { file: `${download.id}.${format}` }, props: { download, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { download, format } = props as { download: Download; format: DownloadFormat };
  if (format === 'csv') return csvResponse(await download.table());
  if (download.json) return jsonResponse(await download.json());
  return jsonResponse(tableJson({ title: download.fileTitle ?? download.title, publisher: site.council, symbols: download.symbols }, await download.table()));
};
