/** The EHCP timeliness chart: local rate by month, without exceptions where given, and England by year. */
import type { EhcpNationalYear } from './read';
import type { EhcpMonthStat } from './stats';
import type { LineChartData } from '../ui/line-chart/chart-data';
import { formatMonth, round1 } from '../core/format';

export function ehcpChartData(stats: readonly EhcpMonthStat[], national: readonly EhcpNationalYear[], areaName: string, brandColour: string): LineChartData {
  const englandByYear = new Map(national.map((n) => [n.time_period, n.pc_plans_issued_within_20_weeks]));
  const series: LineChartData['series'] = [
    { label: `${areaName}, all plans`, values: stats.map((s) => (s.percent.shown ? round1(s.percent.value) : null)), style: 'solid', point: 'circle', colour: brandColour },
  ];
  if (stats.some((s) => s.percentEx?.shown)) {
    series.push({
      label: `${areaName}, excluding exceptions`,
      values: stats.map((s) => (s.percentEx?.shown ? round1(s.percentEx.value) : null)),
      style: 'dashed',
      point: 'triangle',
      colour: '#a63d00',
    });
  }
  const england = stats.map((s) => englandByYear.get(Number(s.month.slice(0, 4))) ?? null);
  if (england.some((v) => v !== null)) {
    series.push({ label: 'England, all plans (calendar year)', values: england, style: 'dotted', point: 'rect', colour: '#0b0c0c' });
  }
  return { labels: stats.map((s) => formatMonth(s.month).replace(/^(\w{3})\w*/, '$1')), series, yLabel: 'Per cent issued within 20 weeks', yMax: 100, unit: '%' };
}
