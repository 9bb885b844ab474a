/** The improvement plan as the build holds it: the areas, every review and the file paths. */
import { getDataset, heldDatasets } from '../core/held-datasets';
import { buildDate } from '../core/build-date';
import { getSite } from '../config/get';
import type { PlanData } from './schema';
import type { AreaPage, ProgressPage } from './view';

export const getImprovementPlan = () => getDataset<PlanData>('plan');
/** Whether the area publishes an improvement plan (most areas after a good inspection have none). */
export const hasImprovementPlan = () => heldDatasets.has('plan');

/** When the plan's folder last changed, for "last updated". */
async function planUpdated(plan: PlanData): Promise<string> {
  const { lastChanged } = await import('../core/git-dates.node.ts');
  return lastChanged(plan.files.folder);
}

// Views are imported when a page first asks (import()): every getter module is loaded as the build starts.
/** The /progress/ page's view model. */
export async function getProgressPage(): Promise<ProgressPage> {
  const { progressPage } = await import('./view');
  const [plan, site] = await Promise.all([getImprovementPlan(), getSite()]);
  return progressPage(plan, buildDate(), { areaName: site.areaName, council: site.council, brandColour: site.brandColour, updated: await planUpdated(plan) });
}

/** One area's page's view model, for an area from the plan's own list (getStaticPaths). */
export async function getAreaPage(areaId: string): Promise<AreaPage> {
  const { areaPage } = await import('./view');
  const plan = await getImprovementPlan();
  const page = areaPage(plan, areaId, buildDate(), await planUpdated(plan));
  // readImprovementPlan stops the build without a review, and the pages are made from the plan's areas.
  if (!page) throw new Error(`The improvement plan has no area ${areaId}: the area pages must come from its areas.`);
  return page;
}
