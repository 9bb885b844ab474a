/** The indicator downloads as HTTP responses: the whole suite, or one indicator. */
import { toCsv } from '../core/csv';
import { dataSymbols } from '../core/symbols';
import { site } from '../config/site';
import { INDICATOR_OPEN_DATA_COLUMNS, indicatorJson, indicatorOpenData } from './open-data';
import type { IndicatorView } from './view';

export function indicatorsCsvResponse(views: readonly IndicatorView[]): Response {
  const rows = views.flatMap((v) => indicatorOpenData(v.indicator, v.points, site.areaName));
  return new Response(toCsv(INDICATOR_OPEN_DATA_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function indicatorsJsonResponse(views: readonly IndicatorView[], title: string): Response {
  const body = indicatorJson(views, { title, publisher: site.council, areaName: site.areaName, symbols: dataSymbols(site.smallNumberThreshold) });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
