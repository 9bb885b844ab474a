/** Typed access to the content collections, for pages. */
import { getCollection, getEntry } from 'astro:content';
import type { ImprovementPlan } from '../plan/schema';
import type { DirectoryData } from '../check-data/sources.node.ts';
import type { GlossaryEntry } from '../content/glossary/glossary';
import { ehcpView, type EhcpView } from '../ehcp/view';
import { site } from '../config/site';

export const EHCP_FILES = { timeliness: 'data/ehcp-timeliness.csv', national: 'data/ehcp-national.csv' } as const;

export async function getEhcpView(): Promise<EhcpView> {
  const months = (await getCollection('ehcpTimeliness')).map((e) => e.data);
  const national = (await getCollection('ehcpNational')).map((e) => e.data);
  months.sort((a, b) => a.month.localeCompare(b.month));
  national.sort((a, b) => a.time_period - b.time_period);
  return ehcpView(months, national, site.smallNumberThreshold);
}

export async function getImprovementPlan(): Promise<ImprovementPlan> {
  const entry = await getEntry('improvementPlan', 'plan');
  if (!entry) throw new Error('The improvement plan collection is empty.');
  const { areas, reviews } = entry.data;
  return { areas, reviews };
}

export async function getDirectory(): Promise<DirectoryData> {
  const entry = await getEntry('directory', 'directory');
  if (!entry) throw new Error('The directory collection is empty.');
  const { services, taxonomy, districts } = entry.data;
  return { services, taxonomy, districts };
}

/** Every guide as the helpers in src/data/guides.ts need it (`slug` = the entry id). */
export async function getGuides() {
  const entries = await getCollection('guides');
  return entries.map((entry) => ({ ...entry, slug: entry.id }));
}

/** The glossary, A to Z by term. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  const entries = (await getCollection('glossary')).map((e) => e.data);
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
}
