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
import { startedContentChecks, type WrittenContentProblems } from './content-checks.node.ts';

export interface Datasets extends DataFiles {
  glossary: Checked<GlossaryData>;
  /** England, the region and statistical neighbours, from DfE's release (src/compare/). */
  compare: Checked<LoadedCompare>;
  /** Guides and updates are read by Astro's own loaders; these are their problems. */
  content: DataProblem[];
  /** Translated pages against their English sources, and each language's dictionary. */
  translations: DataProblem[];
}

type DataAndGlossary = Omit<Datasets, keyof WrittenContentProblems>;

/** Every data file, the glossary and the comparison: what pages are built from. */
function loadData(dir: string, today: Date, content: string): DataAndGlossary {
  const data = dataFrom(diskFolder(dir), today);
  return {
    ...data,
    glossary: loadGlossary(content),
    compare: loadCompare(dir, site.compare, { national: data.ehcp.value.national, file: data.ehcp.value.files.national }),
  };
}

/** The checks of written content, which need the glossary and the facts the data gives. */
function checkWritten(data: DataFiles, glossary: Checked<GlossaryData>, today: Date, content: string): WrittenContentProblems {
  return {
    content: checkAllContent(content, glossary.value, today, factsToCheck(data, today)),
    translations: checkTranslations(content),
  };
}

/** The written-content checks on their own (for the build's second process: ./content-checks.node.ts). */
export function checkWrittenContent(dir: string, today: Date, content: string): WrittenContentProblems {
  return checkWritten(dataFrom(diskFolder(dir), today), loadGlossary(content), today, content);
}

export function loadDatasets(dir: string, today: Date, content: string): Datasets {
  const data = loadData(dir, today, content);
  return { ...data, ...checkWritten(data, data.glossary, today, content) };
}

/** Every problem in every data and content file, in one list. */
export function allProblems(d: Datasets): DataProblem[] {
  return [...dataProblems(d), ...d.glossary.problems, ...d.compare.problems, ...d.content, ...d.translations];
}

export function checkAllData(dir: string, today: Date, content = contentDir()): DataProblem[] {
  return allProblems(loadDatasets(dir, today, content));
}

let forBuild: Promise<DataAndGlossary> | undefined;

/**
 * For the build: every dataset is read and checked once, when the first
 * collection asks. Any error stops the build, before a page is written, with
 * every problem listed; warnings are printed once.
 *
 * When `astro build` started the written-content checks in a second process
 * (./content-checks.node.ts), the build waits for them just before it writes
 * pages (./integration.node.ts), so they run while Astro bundles; here they
 * are awaited only to list their problems beside a data error. Otherwise
 * (`astro dev`, `astro sync`) they run here.
 */
export function datasetsForBuild(): Promise<DataAndGlossary> {
  forBuild ??= (async () => {
    const [dir, today, content] = [dataDir(), buildDate(), contentDir()];
    const data = loadData(dir, today, content);
    const started = startedContentChecks();
    const dataOnly: Datasets = { ...data, content: [], translations: [] };
    const problems = started ? allProblems(dataOnly) : allProblems({ ...data, ...checkWritten(data, data.glossary, today, content) });
    if (hasErrors(problems)) {
      const written = started ? await started.then((w) => [...w.content, ...w.translations], () => []) : [];
      throw new DataError([...problems, ...written]);
    }
    for (const p of problems) console.warn(formatProblem(p));
    return data;
  })();
  return forBuild;
}
