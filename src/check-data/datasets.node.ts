/**
 * Every dataset, read and checked with the same code the build, the
 * `check-data` command and CI use, so errors read the same everywhere.
 * A new dataset adds its loader here (see docs/architecture.md).
 */
import { loadGlossary } from '../content/glossary/load.node.ts';
import type { GlossaryData } from '../content/glossary/glossary';
import { checkAllContent } from '../content/load.node.ts';
import { loadCompare, type LoadedCompare } from '../compare/load.node.ts';
import { site } from '../config/site';
import { checkTranslations } from '../i18n/check.node.ts';
import { buildDate } from '../core/build-date';
import { contentDir, dataDir, diskFolder } from '../core/files.node.ts';
import { DataError, formatProblem, hasErrors, type Checked, type DataProblem } from '../core/problems';
import { dataFrom, dataProblems, factsToCheck, type DataFiles } from './datasets';

export interface Datasets extends DataFiles {
  glossary: Checked<GlossaryData>;
  /** England, the region and statistical neighbours, from DfE's release (src/compare/). */
  compare: Checked<LoadedCompare>;
  /** Guides and updates are read by Astro's own loaders; these are their problems. */
  content: DataProblem[];
  /** Translated pages against their English sources, and each language's dictionary. */
  translations: DataProblem[];
}

export function loadDatasets(dir: string, today: Date, content: string): Datasets {
  const data = dataFrom(diskFolder(dir), today);
  const glossary = loadGlossary(content);
  return {
    ...data,
    glossary,
    compare: loadCompare(dir, site.compare, { national: data.ehcp.value.national, file: data.ehcp.value.files.national }),
    content: checkAllContent(content, glossary.value, today, factsToCheck(data, today)),
    translations: checkTranslations(content),
  };
}

/** Every problem in every data and content file, in one list. */
export function allProblems(d: Datasets): DataProblem[] {
  return [...dataProblems(d), ...d.glossary.problems, ...d.compare.problems, ...d.content, ...d.translations];
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
