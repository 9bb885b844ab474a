import { describe, expect, it } from 'vitest';
import { deriveMonthlyStats } from './stats';
import { ehcpPage, ehcpView, oneAndTwelve } from './view';

/** `n` months of figures ending with `last`, each with `den` plans and `within` on time. */
function months(n: number, den: number, within: number, last: { den: number; within: number }) {
  const rows = Array.from({ length: n }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}` as const, plans_issued_den: den, plans_issued_within_20_weeks: within }));
  rows[n - 1] = { ...rows[n - 1]!, plans_issued_den: last.den, plans_issued_within_20_weeks: last.within };
  return deriveMonthlyStats(rows, 5);
}

describe('which figure is one month and which is twelve', () => {
  it('says the newest month alone, with its counts, and the 12 months to it', () => {
    const stats = months(12, 100, 50, { den: 100, within: 80 });
    expect(oneAndTwelve(stats.at(-1), 5)).toEqual({
      month: 'In December 2025 alone, 80% of new plans were issued within 20 weeks (80 of 100).',
      twelve: 'In the 12 months to December 2025, 53% of new plans were issued within 20 weeks.',
    });
  });

  it('has no 12-month figure before there are 12 months, and withholds a month made of small numbers', () => {
    const stats = months(11, 100, 50, { den: 3, within: 2 });
    expect(oneAndTwelve(stats.at(-1), 5)).toEqual({ month: 'In November 2025 alone, too few plans were issued to show a percentage.', twelve: undefined });
    expect(oneAndTwelve(undefined, 5)).toBeUndefined();
  });
});

describe('the EHCP page', () => {
  const files = { timeliness: 'figures/timeliness.csv', national: 'figures/national.csv' };
  const page = (rows: { month: `${number}-${number}`; plans_issued_den: number; plans_issued_within_20_weeks: number }[]) =>
    ehcpPage(ehcpView({ months: rows, national: [], files }, { threshold: 5, publishDay: 21, today: new Date('2026-03-10T12:00:00Z') }), {
      updated: '2026-02-20', areaName: 'Testshire', council: 'Testshire Council', brandColour: '#123456', publishDay: 21,
    });

  it('gives the date its file last changed and when the next month is due, for the dates panel', () => {
    const view = page([{ month: '2026-01', plans_issued_den: 10, plans_issued_within_20_weeks: 6 }]);
    expect(view.dates.map((r) => r.term)).toEqual(['Last updated', 'Next update due']);
    expect(view.dates[0]!.date).toBe('2026-02-20');
    expect(view.dates[1]).toMatchObject({ date: view.next!.due, text: '(figures for February 2026)' });
  });

  it('names its source files, its area and its period, and links both downloads', () => {
    const view = page([{ month: '2026-01', plans_issued_den: 10, plans_issued_within_20_weeks: 6 }]);
    expect(view.source).toContain(files.timeliness);
    expect(view.source).toContain(files.national);
    expect(view.subtitle).toBe('Percentage of new EHC plans issued within 20 weeks, Testshire, January 2026 to January 2026');
    expect(view.downloads.map((d) => d.href)).toEqual(['/open-data/ehcp-timeliness.csv', '/open-data/ehcp-timeliness.json']);
    expect(view.chart.series[0]!.colour).toBe('#123456');
  });
});
