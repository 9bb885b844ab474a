/**
 * Every dataset, read and checked with the same code the build, the
 * `check-data` command and CI use, so errors read the same everywhere.
 * A new dataset adds its loader here (see docs/architecture.md).
 */
import { loadEhcp } from '../ehcp/load.node.ts';
import type { EhcpData } from '../ehcp/ehcp';
import { loadImprovementPlan } from '../plan/load.node.ts';
import type { PlanData } from '../plan/schema';
import { loadDirectory } from '../directory/load.node.ts';
import type { DirectoryData } from '../directory/directory';
import { loadGlossary } from '../content/glossary/load.node.ts';
import type { GlossaryData } from '../content/glossary/glossary';
import { checkAllContent } from '../content/load.node.ts';
import { buildDate } from '../core/build-date';
import { contentDir, dataDir } from '../core/files.node.ts';
import { DataError, formatProblem, hasErrors, type Checked, type DataProblem } from '../core/problems';

export interface Datasets {
  ehcp: Checked<EhcpData>;
  plan: Checked<PlanData>;
  directory: Checked<DirectoryData>;
  glossary: Checked<GlossaryData>;
  /** Guides and updates are read by Astro's own loaders; these are their problems. */
  content: DataProblem[];
}

export function loadDatasets(dir: string, today: Date, content: string): Datasets {
  const glossary = loadGlossary(content);
  return {
    ehcp: loadEhcp(dir, today),
    plan: loadImprovementPlan(dir, today),
    directory: loadDirectory(dir, today),
    glossary,
    content: checkAllContent(content, glossary.value, today),
  };
}

/** Every problem in every data and content file, in one list. */
export function allProblems(d: Datasets): DataProblem[] {
  return [...d.ehcp.problems, ...d.plan.problems, ...d.directory.problems, ...d.glossary.problems, ...d.content];
}

export function checkAllData(dir: string, today: Date, content = contentDir()): DataProblem[] {
  return allProblems(loadDatasets(dir, today, content));
}

let forBuild: Datasets | undefined;

/**
 * For the build: every dataset is read and checked once, when the first
 * collection asks. Any error stops the build with every problem listed;
 * warnings are printed once.
 */
export function datasetsForBuild(): Datasets {
  if (forBuild) return forBuild;
  const datasets = loadDatasets(dataDir(), buildDate(), contentDir());
  const problems = allProblems(datasets);
  if (hasErrors(problems)) throw new DataError(problems);
  for (const p of problems) console.warn(formatProblem(p));
  forBuild = datasets;
  return datasets;
}
