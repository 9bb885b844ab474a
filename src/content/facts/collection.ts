/** The facts for pages, from the same collections the figures pages read. */
import { getDirectory, getEhcpView, getImprovementPlan } from '../../core/collections';
import { buildDate } from '../../core/data-loader.node.ts';
import { site } from '../../config/site';
import { buildFacts, type Facts } from './facts';

let facts: Promise<Facts> | undefined;

export function getFacts(): Promise<Facts> {
  facts ??= (async () => {
    const view = await getEhcpView();
    return buildFacts({
      ehcp: view.stats,
      national: view.national,
      plan: await getImprovementPlan(),
      publishDay: site.ehcpSchedule.dayOfMonth,
      threshold: site.smallNumberThreshold,
      today: buildDate(),
      services: (await getDirectory()).services,
      contact: site.contact,
    });
  })();
  return facts;
}
