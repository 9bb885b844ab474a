/** The indicator suite as the build holds it, and its views for pages. */
import { buildDate } from '../core/build-date';
import { getDataset, heldDatasets } from '../core/held-datasets';
import { getSite } from '../config/get';
import { getEhcpView } from '../ehcp/collection';
import type { PlanData } from '../plan/schema';
import type { CardView } from './dashboard';
import type { IndicatorSuite } from './read';
import type { IndicatorPage, IndicatorView, ViewContext } from './view';

/** The suite; empty when the area publishes no other measures. */
export async function getIndicatorSuite(): Promise<IndicatorSuite> {
  return heldDatasets.has('indicators') ? getDataset<IndicatorSuite>('indicators') : { indicators: [], values: [], files: { indicators: '', values: '' } };
}

async function viewContext(): Promise<ViewContext> {
  const site = await getSite();
  return {
    threshold: site.smallNumberThreshold,
    areaName: site.areaName,
    brandColour: site.brandColour,
    today: buildDate(),
    // Indicators are published on the same day of the month as the EHCP figures.
    publishDay: site.ehcpSchedule.dayOfMonth,
    areas: heldDatasets.has('plan') ? (await getDataset<PlanData>('plan')).areas : [],
  };
}

/** One view per indicator, in file order. */
// Views are imported when a page first asks (import()): every getter module is loaded as the build starts.
export async function getIndicatorViews(): Promise<IndicatorView[]> {
  const { suiteViews } = await import('./suite');
  return suiteViews(await getIndicatorSuite(), await viewContext());
}

/** The EHCP flagship's card, from the EHCP file's own figures. */
export async function getEhcpCard(): Promise<CardView> {
  const { ehcpCard } = await import('./dashboard');
  return ehcpCard(await getEhcpView(), await viewContext());
}

/** Each indicator's page view model, in file order: the view, its dates and its source. */
export async function getIndicatorPages(): Promise<IndicatorPage[]> {
  const [{ indicatorPage }, { lastChanged }] = await Promise.all([import('./view'), import('../core/git-dates.node.ts')]);
  const { files } = await getIndicatorSuite();
  const updated = lastChanged(files.values);
  return (await getIndicatorViews()).map((view) => indicatorPage(view, files.values, updated));
}

/** When the indicators' files last changed, for the figures page's "last updated". */
export async function getIndicatorsUpdated(): Promise<string | undefined> {
  const { lastChanged } = await import('../core/git-dates.node.ts');
  const { files } = await getIndicatorSuite();
  return [lastChanged(files.values), lastChanged(files.indicators)].sort().at(-1);
}
