/**
 * Reads the indicator suite from the data folder (`<data>/indicators/`), for
 * the content collection and `npm run check-data` alike.
 */
import { join } from 'node:path';
import { readSource } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import { planAreaProblems } from './plan-areas';
import { readIndicatorSuite, type IndicatorSuite } from './read';

export function loadIndicators(dir: string, today: Date): Checked<IndicatorSuite> {
  const folder = join(dir, 'indicators');
  const defs = readSource(folder, 'indicators.csv');
  const vals = readSource(folder, 'values.csv');
  if (!defs.file || !vals.file) {
    const files = { indicators: defs.file?.path ?? 'indicators/indicators.csv', values: vals.file?.path ?? 'indicators/values.csv' };
    return { value: { indicators: [], values: [], files }, problems: [...defs.problems, ...vals.problems] };
  }
  return readIndicatorSuite(defs.file, vals.file, today);
}

/**
 * Every problem in the suite, and in its links to the improvement plan. The
 * links are checked only when the plan itself read cleanly, so a broken
 * areas.csv is not reported a second time as unknown areas.
 */
export function checkIndicators(dir: string, today: Date, plan: Checked<{ areas: readonly { area_id: string }[] }>): DataProblem[] {
  const { value, problems } = loadIndicators(dir, today);
  const planIsClean = !plan.problems.some((p) => p.severity === 'error');
  const links = planIsClean ? planAreaProblems(value.indicators, plan.value.areas.map((a) => a.area_id), value.files.indicators) : [];
  return [...problems, ...links];
}
