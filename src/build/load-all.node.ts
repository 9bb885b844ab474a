/**
 * Every dataset (./load.node.ts) and the written content, read and checked
 * with the same code the build, the `check-data` command and CI use, so errors
 * read the same everywhere.
 */
import type { GlossaryData } from '../content/glossary/glossary';
import { checkAllContent } from '../content/load.node.ts';
import { checkTranslations } from '../i18n/check.node.ts';
import { checkLocalOfferFiles } from '../local-offer/check.node.ts';
import { contentDir } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import { factsToCheck, type DataFiles } from './data';
import type { WrittenContentProblems } from './second-process.node.ts';
import { loadData, loadedProblems, type DataAndGlossary } from './load.node.ts';

export interface Datasets extends DataAndGlossary {
  /** Guides and updates are read by Astro's own loaders; these are their problems. */
  content: DataProblem[];
  /** Translated pages against their English sources, and each language's dictionary. */
  translations: DataProblem[];
}


/** The checks of written content, which need the glossary and the facts the data gives. */
export function checkWritten(data: DataFiles, glossary: Checked<GlossaryData>, today: Date, content: string): WrittenContentProblems {
  const facts = factsToCheck(data, today);
  return {
    // The Local Offer as the law asks for it: Schedule 2, regulation 56, the accessibility statement (src/local-offer/).
    content: [...checkAllContent(content, glossary.value, today, facts), ...checkLocalOfferFiles(content, { site: data.site.value, directory: data.datasets.directory, facts }, today)],
    translations: checkTranslations(content, data.site.value?.languages ?? [], facts),
  };
}

export function loadDatasets(dir: string, today: Date, content: string): Datasets {
  const data = loadData(dir, today, content);
  return { ...data, ...checkWritten(data, data.glossary, today, content) };
}

/** Every problem in every data and content file, in one list. */
export function allProblems(d: Datasets): DataProblem[] {
  return [...loadedProblems(d), ...d.content, ...d.translations];
}

export function checkAllData(dir: string, today: Date, content = contentDir()): DataProblem[] {
  return allProblems(loadDatasets(dir, today, content));
}
