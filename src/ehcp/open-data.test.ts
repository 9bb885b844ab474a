import { describe, expect, it } from 'vitest';
import { toCsv } from '../core/csv';
import { deriveMonthlyStats } from './stats';
import { EHCP_OPEN_DATA_COLUMNS, ehcpOpenData, nextUpdateDue } from './open-data';
import { ehcpChartData } from './chart';

const months = [
  { month: '2026-09' as const, plans_issued_den: 63, plans_issued_within_20_weeks: 3, note: '=cmd|calc' },
  { month: '2026-10' as const, plans_issued_den: 91, plans_issued_within_20_weeks: 58, plans_issued_den_ex: 85, plans_issued_20_weeks_ex: 57 },
];

describe('EHCP open data', () => {
  const rows = ehcpOpenData(deriveMonthlyStats(months, 5), 'Northbrook');
  it('marks withheld figures c, missing x and not-applicable z', () => {
    expect(rows[0]).toMatchObject({ plans_issued_den: 63, plans_issued_within_20_weeks: 'c', pc_plans_issued_within_20_weeks: 'c', plans_issued_den_ex: 'x', pc_plans_issued_within_20_weeks_rolling_12_months: 'z' });
    expect(rows[1]).toMatchObject({ pc_plans_issued_within_20_weeks: 63.7, pc_plans_issued_20_weeks_ex: 67.1 });
  });
  it('neutralises a formula in a note when written as CSV', () => {
    expect(toCsv(EHCP_OPEN_DATA_COLUMNS, rows).split('\r\n')[1]).toMatch(/,'=cmd\|calc,$/);
  });
  it('gives the next update from the schedule', () => {
    expect(nextUpdateDue('2026-10', 20)).toBe('2026-12-20');
    expect(nextUpdateDue('2026-11', 5)).toBe('2027-01-05');
  });
  it('charts withheld months as gaps and England by calendar year, with distinct line styles', () => {
    const chart = ehcpChartData(deriveMonthlyStats(months, 5), [{ time_period: 2026, pc_plans_issued_within_20_weeks: 50, pc_plans_issued_20_weeks_ex: undefined }], 'Northbrook', '#1d4f91');
    expect(chart.labels).toEqual(['Sep 2026', 'Oct 2026']);
    expect(chart.series.map((s) => [s.label, s.values, s.style, s.point])).toEqual([
      ['Northbrook, all plans', [null, 63.7], 'solid', 'circle'],
      ['Northbrook, excluding exceptions', [null, 67.1], 'dashed', 'triangle'],
      ['England, all plans (calendar year)', [50, 50], 'dotted', 'rect'],
    ]);
  });
});
