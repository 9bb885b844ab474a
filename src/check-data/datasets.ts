/**
 * Every data file in a data folder, read and checked: the same code for the
 * build, `npm run check-data`, CI (through datasets.node.ts, over the folder on
 * disk) and the check page in the browser (over the published files with the
 * chosen one in its place). A new dataset adds its loader here.
 */
import type { DataFolder } from '../core/data-folder';
import type { Checked, DataProblem } from '../core/problems';
import type { EhcpData } from '../ehcp/ehcp';
import { ehcpFrom } from '../ehcp/load';
import type { PlanData } from '../plan/schema';
import { improvementPlanFrom } from '../plan/load';
import type { DirectoryData } from '../directory/directory';
import { directoryFrom } from '../directory/load';
import type { IndicatorSuite } from '../indicators/read';
import { indicatorsFrom } from '../indicators/load';
import type { ChangeLog } from '../history/changes';
import { changesFrom } from '../history/load';
import { hasErrors } from '../core/problems';
import type { Facts } from '../content/facts/facts';
import { factsFromData } from '../content/facts/from-data';
import type { SiteConfig } from '../config/site-schema';
import { siteConfigFrom } from '../config/site-file';

export interface DataFiles {
  /** The site configuration (site.yaml): undefined when it has an error. */
  site: Checked<SiteConfig | undefined>;
  ehcp: Checked<EhcpData>;
  plan: Checked<PlanData>;
  directory: Checked<DirectoryData>;
  /** Checked against the plan too: every `plan_areas` id must be one of its areas. */
  indicators: Checked<IndicatorSuite>;
  changes: Checked<ChangeLog>;
}

export function dataFrom(folder: DataFolder, today: Date): DataFiles {
  const plan = improvementPlanFrom(folder, today);
  return {
    site: siteConfigFrom(folder),
    ehcp: ehcpFrom(folder, today),
    plan,
    directory: directoryFrom(folder, today),
    indicators: indicatorsFrom(folder, today, plan),
    changes: changesFrom(folder, today),
  };
}

/** Every problem in the data files, in one list, in the order check-data prints them. */
export function dataProblems(d: DataFiles): DataProblem[] {
  return [...d.site.problems, ...d.ehcp.problems, ...d.plan.problems, ...d.directory.problems, ...d.indicators.problems, ...d.changes.problems];
}

export function checkDataFolder(folder: DataFolder, today: Date): DataProblem[] {
  return dataProblems(dataFrom(folder, today));
}

/**
 * The facts guides and updates may state, when the data can be read: a broken
 * data file is its own error, not one more error for every fact it feeds.
 */
export function factsToCheck(d: DataFiles, today: Date): Facts | undefined {
  return hasErrors(dataProblems(d)) || !d.site.value ? undefined : factsFromData({ site: d.site.value, ehcp: d.ehcp.value, plan: d.plan.value, directory: d.directory.value }, today);
}
