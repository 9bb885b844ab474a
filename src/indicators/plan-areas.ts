/**
 * The link between indicators and the improvement plan: each indicator names
 * the plan areas it measures in `plan_areas`. An id the plan does not have is
 * an error, found across the two datasets.
 */
import { closestMatch } from '../core/suggest';
import { problem, type DataProblem } from '../core/problems';
import type { WithRow } from '../core/validate';
import type { Indicator } from './schema';
import { PLAN_FILES } from '../plan/dataset';

/** Every `plan_areas` id that is not an `area_id` of the plan. */
export function planAreaProblems(indicators: readonly WithRow<Indicator>[], areaIds: readonly string[], file: string): DataProblem[] {
  return indicators.flatMap((ind) =>
    ind.plan_areas
      .filter((id) => !areaIds.includes(id))
      .map((id) => {
        // As the plan's own checks suggest an area: case forgiven, and always the nearest of a short list.
        const suggestion = closestMatch(id, areaIds, { ignoreCase: true, always: true });
        return problem({
          file,
          row: ind.row,
          column: 'plan_areas',
          value: id,
          expected: `area ids from the improvement plan's ${PLAN_FILES.areas} (${areaIds.join(', ') || 'it has none yet'}), separated by ;`,
          fix: suggestion ? `Did you mean ${suggestion}?` : 'Check the id against the area_id column of the plan, or remove it.',
        });
      }),
  );
}

/** The indicators that measure one plan area, in file order. */
export function indicatorsForArea<T extends { indicator: Indicator }>(items: readonly T[], areaId: string): T[] {
  return items.filter((i) => i.indicator.plan_areas.includes(areaId));
}
