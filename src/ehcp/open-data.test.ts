import { describe, expect, it } from 'vitest';
import { toCsv } from '../core/csv';
import { deriveMonthlyStats } from './stats';
import { EHCP_OPEN_DATA_COLUMNS, ehcpOpenData, firstUpdateDue } from './open-data';
import { ukTime, TURNING_POINTS } from '../core/__fixtures__/uk-time';
import { ehcpView } from './view';
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
  it('gives a new area’s first update: the next publishing day on or after today in England, for the month before', () => {
    // On the publishing day itself the first figures are due that day; a minute after midnight in England (still the 20th in UTC), next month.
    expect(firstUpdateDue(ukTime('2027-07-20 23:59'), 20)).toEqual({ due: '2027-07-20', month: '2027-06' });
    expect(firstUpdateDue(ukTime('2027-07-21 00:30'), 20)).toEqual({ due: '2027-08-20', month: '2027-07' });
    expect(firstUpdateDue(TURNING_POINTS.lastMinuteOfYear, 20)).toEqual({ due: '2028-01-20', month: '2027-12' });
    expect(firstUpdateDue(TURNING_POINTS.firstMinuteOfYear, 20)).toEqual({ due: '2028-01-20', month: '2027-12' });
    expect(firstUpdateDue(TURNING_POINTS.leapDay, 28)).toEqual({ due: '2028-03-28', month: '2028-02' });
  });

  it('says "No figures yet" with the day the first are due, until the first month is published', () => {
    const files = { timeliness: 'data/ehcp-timeliness.csv', national: 'data/ehcp-national.csv' };
    const none = ehcpView({ months: [], national: [], files }, { threshold: 5, publishDay: 20, today: ukTime('2027-07-21 00:30') });
    expect(none.summary).toBe('No figures yet: the first are due by 20 August 2027.');
    expect(none.next).toEqual({ due: '2027-08-20', month: '2027-07' });
    const some = ehcpView({ months, national: [], files }, { threshold: 5, publishDay: 20, today: ukTime('2027-07-21 00:30') });
    expect(some.summary).not.toContain('No figures yet');
    expect(some.next).toEqual({ due: '2026-12-20', month: '2026-11' });
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
