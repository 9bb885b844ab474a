/**
 * What `npm run check-data` (and so the build and CI) reports: every problem
 * in every data and content file (and any file in the data folder the site
 * does not read), then the history check against the version last
 * published; each cause first, with the problems that follow from it.
 */
import { contentDir } from '../core/files.node.ts';
import type { DataProblem } from '../core/problems';
import { checkHistory } from '../core/history/history.node.ts';
import { withoutRepeatedWarnings } from '../core/history/guard';
import { allProblems, loadDatasets } from './load-all.node.ts';
import { HISTORY_DESCRIPTIONS } from './registry';
import { causesFirst } from '../core/causes';

export interface DataCheck {
  problems: DataProblem[];
  /** What the history was compared with, or why it could not be. */
  historyNote: string;
}

export function checkData(dir: string, today: Date, env: Record<string, string | undefined> = process.env, content = contentDir(env)): DataCheck {
  const datasets = loadDatasets(dir, today, content);
  const history = checkHistory(dir, today, HISTORY_DESCRIPTIONS, env, datasets.site.value?.historyFrom);
  // The real cause first: a month gone before the updates that quote it, a workbook before the CSV it should have been.
  const problems = causesFirst([...withoutRepeatedWarnings(allProblems(datasets), history.removed), ...history.problems]);
  return { problems, historyNote: history.note };
}
