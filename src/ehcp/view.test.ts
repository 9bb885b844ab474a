import { describe, expect, it } from 'vitest';
import { deriveMonthlyStats } from './stats';
import { oneAndTwelve } from './view';

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
