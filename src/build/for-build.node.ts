/**
 * The datasets the build's collections store: every data file read and
 * checked once per build. Any error stops the build before a page is
 * written, with every problem listed; warnings are printed once.
 *
 * `astro build` reads them in its second process (./content-checks.node.ts)
 * and they are handed over here; the written-content checks there are awaited
 * only to list their problems beside a data error. Otherwise (`astro dev`,
 * `astro sync`) everything is read and checked here, in this process. Only
 * then are the readers and checks loaded: the collections import this small
 * module, not ./datasets.node.ts, so a build does not load them twice.
 */
import { buildDate } from '../core/build-date';
import { contentDir, dataDir } from '../core/files.node.ts';
import { DataError, formatProblem, hasErrors, type DataProblem } from '../core/problems';
import { startedContentChecks, type WrittenContentProblems } from './second-process.node.ts';
import type { DataAndGlossary } from './load.node.ts';

/** Stops the build with every problem when any is an error (with the written content's, once they come); otherwise prints the warnings. */
export async function passOrStop<T>(value: T, problems: readonly DataProblem[], written?: Promise<WrittenContentProblems>): Promise<T> {
  if (hasErrors(problems)) {
    const more = written ? await written.then((w) => [...w.content, ...w.translations], () => []) : [];
    throw new DataError([...problems, ...more]);
  }
  for (const p of problems) console.warn(formatProblem(p));
  return value;
}

// By a name the bundler cannot follow: the pages' code never reads here, so it need not carry the readers and checks.
const DATASETS_MODULE = './load-all.node.ts';

async function readHere(): Promise<DataAndGlossary> {
  const { loadDatasets, allProblems } = (await import(/* @vite-ignore */ DATASETS_MODULE)) as typeof import('./load-all.node.ts');
  const datasets = loadDatasets(dataDir(), buildDate(), contentDir());
  return passOrStop(datasets, allProblems(datasets));
}

let forBuild: Promise<DataAndGlossary> | undefined;

/** Every dataset for the build, once: the first collection to load asks, the others share the answer. */
export function datasetsForBuild(): Promise<DataAndGlossary> {
  forBuild ??= (async () => {
    const started = startedContentChecks();
    if (!started) return readHere();
    const { data, problems } = await started.data;
    return passOrStop(data, problems, started.written);
  })();
  return forBuild;
}
