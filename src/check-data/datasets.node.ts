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
import { readRevisionLog } from '../history/history.node.ts';
import type { Revision } from '../history/revisions';
import { contentDir, diskFolder } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import { dataFrom, dataProblems, factsToCheck, type DataFiles } from './datasets';
import type { WrittenContentProblems } from './content-checks.node.ts';

export interface Datasets extends DataFiles {
  glossary: Checked<GlossaryData>;
  /** England, the region and statistical neighbours, from DfE's release (src/compare/). */
  compare: Checked<LoadedCompare>;
  /** Every revised figure, worked out from the data files' history in git (src/history/). */
  revisions: Checked<Revision[]>;
  /** Guides and updates are read by Astro's own loaders; these are their problems. */
  content: DataProblem[];
  /** Translated pages against their English sources, and each language's dictionary. */
  translations: DataProblem[];
}

/** What pages are built from: every dataset, without the written content's problems. */
export type DataAndGlossary = Omit<Datasets, keyof WrittenContentProblems>;

/** Every data file, the glossary, the comparison and the revisions: what pages are built from. */
export function loadData(dir: string, today: Date, content: string): DataAndGlossary {
  const data = dataFrom(diskFolder(dir), today);
  return {
    ...data,
    glossary: loadGlossary(content),
    compare: loadCompare(dir, site.compare, { national: data.ehcp.value.national, file: data.ehcp.value.files.national }),
    revisions: readRevisionLog(dir, today),
  };
}

/** The checks of written content, which need the glossary and the facts the data gives. */
export function checkWritten(data: DataFiles, glossary: Checked<GlossaryData>, today: Date, content: string): WrittenContentProblems {
  return {
    content: checkAllContent(content, glossary.value, today, factsToCheck(data, today)),
    translations: checkTranslations(content),
  };
}

export function loadDatasets(dir: string, today: Date, content: string): Datasets {
  const data = loadData(dir, today, content);
  return { ...data, ...checkWritten(data, data.glossary, today, content) };
}

/** Every problem in every data and content file, in one list. */
export function allProblems(d: Datasets): DataProblem[] {
  return [...dataProblems(d), ...d.glossary.problems, ...d.compare.problems, ...d.revisions.problems, ...d.content, ...d.translations];
}

export function checkAllData(dir: string, today: Date, content = contentDir()): DataProblem[] {
  return allProblems(loadDatasets(dir, today, content));
}
