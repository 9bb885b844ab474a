/** The chart of one indicator: its figures by period, and the target as a labelled line. */
import type { LineChartData } from '../ui/line-chart/chart-data';
import type { Indicator } from './schema';
import { shownValue, type IndicatorPoint } from './stats';
import { targetText } from './words';

/** The y axis title: "Per cent", "Number of appeals", "Average, in weeks". */
export function axisLabel(indicator: Indicator): string {
  if (indicator.measure === 'percentage') return 'Per cent';
  return indicator.measure === 'average' ? `Average, in ${indicator.unit}` : `Number of ${indicator.unit}`;
}

export function indicatorChartData(indicator: Indicator, points: readonly IndicatorPoint[], areaName: string, brandColour: string): LineChartData {
  const target = targetText(indicator);
  const isPct = indicator.measure === 'percentage';
  return {
    labels: points.map((p) => p.shortLabel),
    series: [{ label: areaName, values: points.map((p) => shownValue(indicator, p.figure) ?? null), style: 'solid', point: 'circle', colour: brandColour }],
    yLabel: axisLabel(indicator),
    ...(isPct ? { yMax: 100 } : {}),
    unit: isPct ? '%' : ` ${indicator.unit}`,
    tickUnit: isPct ? '%' : '',
    target: indicator.target === undefined || target === undefined ? undefined : { value: indicator.target, label: `Target: ${target}` },
  };
}
