/** The indicator suite as an Astro collection (one entry), and its views for pages. */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { buildDate } from '../core/build-date';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import { site } from '../config/site';
import { getEhcpView } from '../ehcp/collection';
import { getImprovementPlan } from '../plan/collection';
import { ehcpCard, type CardView } from './dashboard';
import type { IndicatorSuite } from './read';
import { suiteViews } from './suite';
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
export async function getIndicatorViews(): Promise<IndicatorView[]> {
  return suiteViews(await getIndicatorSuite(), await viewContext());
}

/** The EHCP flagship's card, from the EHCP file's own figures. */
export async function getEhcpCard(): Promise<CardView> {
  return ehcpCard(await getEhcpView(), await viewContext());
}
