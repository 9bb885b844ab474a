/**
 * Reads the indicator suite from a data folder (`indicators/`, on disk or in
 * memory), and checks its links to the improvement plan, for the build,
 * `npm run check-data` and the check page alike.
 */
import type { DataFolder } from '../core/data-folder';
import type { Checked } from '../core/problems';
import { planAreaProblems } from './plan-areas';
import { readIndicatorSuite, type IndicatorSuite } from './read';

/**
 * The suite and every problem in it. Given the plan, each `plan_areas` id is
 * checked against its areas, but only when the plan itself read cleanly, so a
 * broken areas.csv is not reported a second time as unknown areas.
 */
export function indicatorsFrom(folder: DataFolder, today: Date, plan?: Checked<{ areas: readonly { area_id: string }[] }>): Checked<IndicatorSuite> {
  const defs = folder.read('indicators/indicators.csv');
  const vals = folder.read('indicators/values.csv');
  if (!defs.file || !vals.file) {
    return { value: { indicators: [], values: [], files: { indicators: defs.path, values: vals.path } }, problems: [...defs.problems, ...vals.problems] };
  }
  const { value, problems } = readIndicatorSuite(defs.file, vals.file, today);
  const planIsClean = plan !== undefined && !plan.problems.some((p) => p.severity === 'error');
  const links = planIsClean ? planAreaProblems(value.indicators, plan.value.areas.map((a) => a.area_id), value.files.indicators) : [];
  return { value, problems: [...problems, ...links] };
}
