/** The EHCP dataset as an Astro collection (one entry), and its view model for pages. */
import { defineCollection, getEntry } from 'astro:content';
import { z } from 'astro/zod';
import { datasetsForBuild } from '../check-data/datasets.node.ts';
import { DATASET_ENTRY, datasetLoader } from '../core/data-loader.node.ts';
import { MissingDatasetError } from '../core/problems';
import { site } from '../config/site';
import type { EhcpData } from './ehcp';
import { ehcpView, type EhcpView } from './view';

export const ehcp = defineCollection({
  loader: datasetLoader('ehcp', () => datasetsForBuild().ehcp),
  schema: z.custom<EhcpData>(),
});

export async function getEhcp(): Promise<EhcpData> {
  const entry = await getEntry('ehcp', DATASET_ENTRY);
  if (!entry) throw new MissingDatasetError('ehcp');
  return entry.data;
}

export async function getEhcpView(): Promise<EhcpView> {
  return ehcpView(await getEhcp(), { threshold: site.smallNumberThreshold, publishDay: site.ehcpSchedule.dayOfMonth });
}
