/** The indicator suite for pages: read once from its content collection, then worked into views. */
import { getEntry } from 'astro:content';
import { getEhcpView, getImprovementPlan } from '../core/collections';
import { buildDate } from '../core/data-loader.node.ts';
import { DataError } from '../core/problems';
import { site } from '../config/site';
import { ehcpCard, type CardView } from './dashboard';
import type { IndicatorSuite } from './read';
import { suiteViews } from './suite';
import type { IndicatorView, ViewContext } from './view';

export async function getIndicatorSuite(): Promise<IndicatorSuite> {
  const entry = await getEntry('indicators', 'suite');
  if (!entry) throw new DataError([{ file: 'indicators', expected: 'the indicator suite to have been read', severity: 'error' }]);
  const { indicators, values, files } = entry.data;
  return { indicators, values, files };
}

async function viewContext(): Promise<ViewContext> {
  const plan = await getImprovementPlan();
  return {
    threshold: site.smallNumberThreshold,
    areaName: site.areaName,
    brandColour: site.brandColour,
    today: buildDate(),
    // Indicators are published on the same day of the month as the EHCP figures.
    publishDay: site.ehcpSchedule.dayOfMonth,
    areas: plan.areas,
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
