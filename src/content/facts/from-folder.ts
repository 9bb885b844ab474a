/** The facts from a data folder, so check-data can check every `<Fact>` name as the build would. */
import type { DataFolder } from '../../core/data-folder';
import { directoryFrom, ehcpFrom, improvementPlanFrom } from '../../check-data/sources';
import { deriveMonthlyStats } from '../../ehcp/stats';
import { site } from '../../config/site';
import { buildFacts, type Facts } from './facts';

export function factsFrom(folder: DataFolder, today: Date): Facts {
  const { months, national } = ehcpFrom(folder, today).value;
  return buildFacts({
    ehcp: deriveMonthlyStats(months, site.smallNumberThreshold),
    national,
    plan: improvementPlanFrom(folder, today).value,
    publishDay: site.ehcpSchedule.dayOfMonth,
    threshold: site.smallNumberThreshold,
    today,
    services: directoryFrom(folder, today).value.services,
    contact: site.contact,
  });
}
