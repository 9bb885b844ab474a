/**
 * The cards of the /data/ dashboard and the "How we measure this" list on an
 * improvement-plan area page, read from the indicator views. The EHCP card is
 * made from the EHCP file's own figures, so nothing is typed twice.
 */
import type { EhcpView } from '../ehcp/view';
import { periodFromKey, periodLabel, periodShortLabel } from './period';
import type { Indicator } from './schema';
import type { Figure, IndicatorPoint } from './stats';
import type { Sparkline } from './sparkline';
import { viewFromPoints, type IndicatorView, type TargetView, type ViewContext } from './view';
import { indicatorsForArea } from './plan-areas';

export interface CardView {
  id: string;
  href: string;
  title: string;
  big: IndicatorView['big'];
  latestSentence: string;
  change: string | undefined;
  trend: { sentence: string; sparkline: Sparkline | undefined };
  target: TargetView;
}

export function cardOf(view: IndicatorView): CardView {
  return {
    id: view.indicator.id,
    href: view.href,
    title: view.indicator.title,
    big: view.big,
    latestSentence: view.latestSentence,
    change: view.change,
    trend: view.trend,
    target: view.target,
  };
}

/** The flagship measure described as an indicator, so its card reads like the others. */
export const EHCP_AS_INDICATOR: Indicator = {
  id: 'ehcp-timeliness',
  title: 'New EHC plans issued within 20 weeks',
  description: 'How many new Education, Health and Care plans are issued within the 20 weeks the law allows.',
  measure: 'percentage',
  unit: '%',
  frequency: 'monthly',
  better: 'higher',
  source: '',
  target: undefined,
  target_by: undefined,
  plan_areas: [],
};

/** The EHCP card, from the figures the EHCP page shows. */
export function ehcpCard(ehcp: EhcpView, ctx: ViewContext): CardView {
  const points = ehcp.stats.flatMap((s): IndicatorPoint[] => {
    const period = periodFromKey(s.month);
    if (!period) return [];
    const figure: Figure = s.percent.shown ? { state: 'shown', value: s.percent.value } : { state: 'withheld' };
    return [{ period, label: periodLabel(period), shortLabel: periodShortLabel(period), figure, numerator: s.within, denominator: s.issued, change: s.changeOnLastMonth, note: s.note }];
  });
  const view = viewFromPoints(EHCP_AS_INDICATOR, points, ctx);
  const card = cardOf(view);
  // Before the first month, the card says when it is due, as the figures page does.
  return { ...card, ...(points.length === 0 ? { latestSentence: ehcp.summary } : {}), target: { ...card.target, sentence: 'There is no local target. The law says every new plan should be issued within 20 weeks.' } };
}

/** Every card on /data/: the EHCP flagship first, then the suite in file order. */
export function dashboardCards(ehcp: CardView | undefined, views: readonly IndicatorView[]): CardView[] {
  return [...(ehcp ? [ehcp] : []), ...views.map(cardOf)];
}

/** The indicators that measure one improvement-plan area, as cards. */
export function areaMeasures(views: readonly IndicatorView[], areaId: string): CardView[] {
  return indicatorsForArea(views, areaId).map(cardOf);
}
