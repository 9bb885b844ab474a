/** The EHCP dataset as an Astro collection (one entry), and its view model for pages. */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import { site } from '../config/site.node.ts';
import type { EhcpData } from './ehcp';
import type { EhcpView } from './view';
import { getRevisions } from '../history/collection';
import { revisionsOf } from '../history/revisions';

export const ehcp = datasetCollection('ehcp', async () => (await datasetsForBuild()).ehcp);

export const getEhcp = () => getDataset<EhcpData>('ehcp');

// Views are imported when a page first asks (import()), not with this file: src/content.config.ts loads
// every collection.ts through Vite as the build starts, and each module it loads there costs time.
export async function getEhcpView(): Promise<EhcpView> {
  const { ehcpView } = await import('./view');
  const revisions = revisionsOf(await getRevisions(), 'ehcp-timeliness');
  return ehcpView(await getEhcp(), { threshold: site.smallNumberThreshold, publishDay: site.ehcpSchedule.dayOfMonth, revisions });
}
