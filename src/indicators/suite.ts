/** The views of a whole suite, and the pages they become: pure, so a test can build them from any data folder. */
import type { IndicatorSuite } from './read';
import { indicatorView, type IndicatorView, type ViewContext } from './view';

/** One view per indicator, in file order. */
export function suiteViews(suite: IndicatorSuite, ctx: ViewContext): IndicatorView[] {
  return suite.indicators.map((ind) => indicatorView(ind, suite.values, ctx));
}

/** `getStaticPaths` for /data/<id>/: one page per indicator, given its view. */
export function indicatorPaths<V extends IndicatorView>(views: readonly V[]): { params: { id: string }; props: { view: V } }[] {
  return views.map((view) => ({ params: { id: view.indicator.id }, props: { view } }));
}
