/** The facts from the datasets as check-data reads them, so every `<Fact>` name is checked as the build would. */
import type { SiteConfig } from '../../config/site-schema';
import type { DirectoryData } from '../../directory/directory';
import type { EhcpData } from '../../ehcp/ehcp';
import { deriveMonthlyStats } from '../../ehcp/stats';
import type { ImprovementPlan } from '../../plan/schema';
import { buildFacts, type Facts } from './facts';

export function factsFromData(d: { site: SiteConfig; ehcp: EhcpData; plan: ImprovementPlan; directory: DirectoryData }, today: Date): Facts {
  const { site } = d;
  return buildFacts({
    ehcp: deriveMonthlyStats(d.ehcp.months, site.smallNumberThreshold),
    national: d.ehcp.national,
    plan: d.plan,
    publishDay: site.ehcpSchedule.dayOfMonth,
    threshold: site.smallNumberThreshold,
    today,
    services: d.directory.services,
    contact: site.contact,
  });
}
