/**
 * Open data responses: every CSV and JSON download is built here, so they all
 * carry the same licence, publisher and symbols in the same shape.
 */
import { toCsv } from './csv';

export const LICENCE = 'Open Government Licence v3.0';

export type OpenDataRow = Record<string, string | number | null | undefined>;

export interface OpenDataTable {
  columns: readonly string[];
  rows: readonly OpenDataRow[];
}

export function csvResponse(table: OpenDataTable): Response {
  return new Response(toCsv(table.columns, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/**
 * JSON without indentation: the programs that read it ignore the spaces, and
 * browsers lay it out for a person who opens it. Indented, the directory's
 * services.json at 5,000 services was 29 MB instead of 21 MB.
 */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** The JSON form of a table: what it is, who publishes it, the licence, what symbols mean, then the rows. */
export function tableJson(meta: { title: string; publisher: string; symbols?: Record<string, string> | undefined }, table: OpenDataTable) {
  return {
    title: meta.title,
    publisher: meta.publisher,
    licence: LICENCE,
    ...(meta.symbols ? { symbols: meta.symbols } : {}),
    columns: table.columns,
    rows: table.rows,
  };
}

export type DownloadFormat = 'csv' | 'json';

/** Where a file under /open-data/ is, by its path there (`hsds/datapackage.json`). The one home of the folder's address. */
export function openDataHref(file: string): string {
  return `/open-data/${file}`;
}

/** Where a download is: `/open-data/<id>.csv` and `.json` (an id may sit in a folder: `indicators/<id>`). */
export function downloadHref(id: string, format: DownloadFormat): string {
  return openDataHref(`${id}.${format}`);
}
