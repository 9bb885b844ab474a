/** The indicator suite as an Astro collection (one entry), and its views for pages. */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { buildDate } from '../core/build-date';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import { site } from '../config/site.node.ts';
import { getEhcpView } from '../ehcp/collection';
import { getImprovementPlan } from '../plan/collection';
import type { CardView } from './dashboard';
import type { IndicatorSuite } from './read';
import type { IndicatorView, ViewContext } from './view';

export const indicators = datasetCollection('indicators', async () => (await datasetsForBuild()).indicators);

export const getIndicatorSuite = () => getDataset<IndicatorSuite>('indicators');

async function viewContext(): Promise<ViewContext> {
  return {
    threshold: site.smallNumberThreshold,
    areaName: site.areaName,
    brandColour: site.brandColour,
    today: buildDate(),
    // Indicators are published on the same day of the month as the EHCP figures.
    publishDay: site.ehcpSchedule.dayOfMonth,
    areas: (await getImprovementPlan()).areas,
  };
}

/** One view per indicator, in file order. */
// Views are imported when a page first asks (import()), not with this file: src/content.config.ts loads
// every collection.ts through Vite as the build starts, and each module it loads there costs time.
export async function getIndicatorViews(): Promise<IndicatorView[]> {
  const { suiteViews } = await import('./suite');
  return suiteViews(await getIndicatorSuite(), await viewContext());
}

/** The EHCP flagship's card, from the EHCP file's own figures. */
export async function getEhcpCard(): Promise<CardView> {
  const { ehcpCard } = await import('./dashboard');
  return ehcpCard(await getEhcpView(), await viewContext());
}
