/** The EHCP dataset as an Astro collection (one entry), and its view model for pages. */
import { datasetsForBuild } from '../check-data/datasets.node.ts';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import { site } from '../config/site';
import type { EhcpData } from './ehcp';
import { ehcpView, type EhcpView } from './view';

export const ehcp = datasetCollection('ehcp', () => datasetsForBuild().ehcp);

export const getEhcp = () => getDataset<EhcpData>('ehcp');

export async function getEhcpView(): Promise<EhcpView> {
  return ehcpView(await getEhcp(), { threshold: site.smallNumberThreshold, publishDay: site.ehcpSchedule.dayOfMonth });
}
