/** The EHCP dataset as the build holds it, and its view model for pages. */
import { getDataset } from '../core/held-datasets';
import { buildDate } from '../core/build-date';
import { getSite } from '../config/get';
import { revisionsOf, type Revision } from '../core/history/revisions';
import type { EhcpData } from './read';
import type { EhcpPage, EhcpView } from './view';

export const getEhcp = () => getDataset<EhcpData>('ehcp');

// Views are imported when a page first asks (import()): every getter module is loaded as the build starts.
export async function getEhcpView(): Promise<EhcpView> {
  const { ehcpView } = await import('./view');
  const site = await getSite();
  const revisions = revisionsOf(await getDataset<Revision[]>('revisions'), 'ehcp-timeliness');
  return ehcpView(await getEhcp(), { threshold: site.smallNumberThreshold, publishDay: site.ehcpSchedule.dayOfMonth, revisions, today: buildDate() });
}

/** The EHCP figures page's view model: the view with its dates, chart, source and downloads. */
export async function getEhcpPage(): Promise<EhcpPage> {
  const [{ ehcpPage }, { lastChanged }] = await Promise.all([import('./view'), import('../core/git-dates.node.ts')]);
  const [site, view] = await Promise.all([getSite(), getEhcpView()]);
  const options = { areaName: site.areaName, council: site.council, brandColour: site.brandColour, publishDay: site.ehcpSchedule.dayOfMonth };
  return ehcpPage(view, { ...options, updated: lastChanged(view.files.timeliness) });
}
