import { describe, expect, it } from 'vitest';
import type { ActionStatus, PlanAction } from './schema';
import { achievedOrOnTrack, planChartData, planChartSummary, planChartTitle, reviewLabel } from './chart';
import { countStatuses, type ReviewCounts } from './stats';

function actions(spec: Partial<Record<ActionStatus, number>>): PlanAction[] {
  return Object.entries(spec).flatMap(([status, n]) =>
    Array.from({ length: n }, (_, i) => ({ action_id: `${status}-${i}`.replace(' ', ''), area_id: 'A1', action: 'x', lead: 'y', due: '2026-01' as const, status: status as ActionStatus })),
  );
}
const at = (date: string, spec: Partial<Record<ActionStatus, number>>): ReviewCounts => ({ date, file: `${date}.csv`, counts: countStatuses(actions(spec)) });

const history = [at('2025-03-14', { achieved: 30, 'on track': 10, delayed: 8, 'not started': 2 }), at('2025-07-11', { achieved: 45, 'on track': 4, delayed: 1 })];

describe('planChartData', () => {
  it('has two lines that differ by dash and point shape as well as colour', () => {
    const data = planChartData(history, '#1d4f91');
    expect(data.labels).toEqual(['Mar 2025', 'Jul 2025']);
    expect(data.series.map((s) => [s.label, s.values, s.style, s.point])).toEqual([
      ['Achieved', [60, 90], 'solid', 'circle'],
      ['Achieved or on track', [80, 98], 'dashed', 'triangle'],
    ]);
    expect(new Set(data.series.map((s) => s.colour)).size).toBe(2);
    expect(data.yMax).toBe(100);
  });
});

describe('words for the chart', () => {
  it('the title states the change in the share achieved', () => {
    expect(planChartTitle(history)).toBe('The share of actions achieved rose from 60% to 90%');
    expect(planChartTitle([...history].reverse())).toBe('The share of actions achieved fell from 90% to 60%');
    expect(planChartTitle([history[0]!, history[0]!])).toBe('The share of actions achieved has stayed at 60%');
    expect(planChartTitle([history[0]!])).toBe('60% of actions were achieved at the first review');
    expect(planChartTitle([])).toBe('There are no progress reviews yet');
  });

  it('the summary gives the first and latest review in numbers', () => {
    expect(planChartSummary(history)).toBe(
      'At the review on 14 March 2025, 30 of 50 actions (60%) were achieved and 80% were achieved or on track. ' +
        'By the review on 11 July 2025, 45 of 50 actions (90%) were achieved and 98% were achieved or on track.',
    );
  });

  it('helpers', () => {
    expect(reviewLabel('2026-11-14')).toBe('Nov 2026');
    expect(achievedOrOnTrack(history[1]!.counts)).toBe(98);
  });
});
