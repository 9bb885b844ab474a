/** The views of a whole suite, and the pages they become: pure, so a test can build them from any data folder. */
import { DataError, hasErrors } from '../core/problems';
import { planAreaProblems } from './plan-areas';
import type { IndicatorSuite } from './read';
import { indicatorView, type IndicatorView, type ViewContext } from './view';

/** One view per indicator, in file order. Throws a DataError if an indicator names an area the plan does not have. */
export function suiteViews(suite: IndicatorSuite, ctx: ViewContext): IndicatorView[] {
  const problems = planAreaProblems(suite.indicators, ctx.areas.map((a) => a.area_id), suite.files.indicators);
  if (hasErrors(problems)) throw new DataError(problems);
  return suite.indicators.map((ind) => indicatorView(ind, suite.values, ctx));
}

/** `getStaticPaths` for /data/<id>/: one page per indicator, given its view. */
export function indicatorPaths(views: readonly IndicatorView[]): { params: { id: string }; props: { view: IndicatorView } }[] {
  return views.map((view) => ({ params: { id: view.indicator.id }, props: { view } }));
}
