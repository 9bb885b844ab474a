/** Responses for the improvement plan's open data endpoints. */
import { toCsv } from '../core/csv';
import { PLAN_DOWNLOADS, planJson, type PlanDownload } from './downloads';
import { site } from '../config/site';
import { getImprovementPlan } from './collection';

export async function planCsvResponse(name: PlanDownload): Promise<Response> {
  const d = PLAN_DOWNLOADS[name];
  return new Response(toCsv(d.columns, d.rows(await getImprovementPlan())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export async function planJsonResponse(name: PlanDownload): Promise<Response> {
  const body = planJson(name, await getImprovementPlan(), site.council);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
