import { describe, expect, it } from 'vitest';
import { indicator, value } from './__fixtures__/indicators';
import { derivePoints, figureOf, judgeChange, latestAndPrevious, targetStatus } from './stats';

const pct = indicator();
const appeals = indicator({ id: 'appeals', measure: 'count', unit: 'appeals', frequency: 'quarterly', better: 'lower' });
const weeks = indicator({ id: 'weeks', measure: 'average', unit: 'weeks', better: 'lower' });

describe('figureOf', () => {
  it('works percentages out from numerator and denominator', () => {
    expect(figureOf(pct, value('2026-10', { numerator: 58, denominator: 91 }), 5)).toEqual({ state: 'shown', value: (58 / 91) * 100 });
  });

  it('withholds a percentage made from a small count, and a small count itself', () => {
    expect(figureOf(pct, value('2026-10', { numerator: 3, denominator: 40 }), 5)).toEqual({ state: 'withheld' });
    expect(figureOf(pct, value('2026-10', { numerator: 3, denominator: 4 }), 5)).toEqual({ state: 'withheld' });
    expect(figureOf(appeals, value('2026-Q3', { value: 4 }, 'appeals'), 5)).toEqual({ state: 'withheld' });
    // 0 identifies nobody, so it is shown; the threshold is configurable.
    expect(figureOf(appeals, value('2026-Q3', { value: 0 }, 'appeals'), 5)).toEqual({ state: 'shown', value: 0 });
    expect(figureOf(appeals, value('2026-Q3', { value: 4 }, 'appeals'), 3)).toEqual({ state: 'shown', value: 4 });
  });

  it('does not withhold an average, which is not a count of children', () => {
    expect(figureOf(weeks, value('2026-10', { value: 3.5 }, 'weeks'), 5)).toEqual({ state: 'shown', value: 3.5 });
  });

  it('marks a period with only a note as not available, and a percentage of nothing as not applicable', () => {
    expect(figureOf(pct, value('2026-10', { note: 'Not collected.' }), 5)).toEqual({ state: 'not-available' });
    expect(figureOf(pct, value('2026-10', { numerator: 0, denominator: 0 }), 5)).toEqual({ state: 'not-applicable' });
  });
});

describe('derivePoints', () => {
  it('gives the change on the period before, as published, only when both figures are shown', () => {
    const points = derivePoints(pct, [
      value('2026-07', { numerator: 50, denominator: 100 }),
      value('2026-08', { numerator: 2, denominator: 40 }),
      value('2026-09', { numerator: 55, denominator: 100 }),
      value('2026-10', { numerator: 5823, denominator: 10000 }),
    ], 5);
    expect(points.map((p) => p.change)).toEqual([undefined, undefined, undefined, 3.2]);
    expect(points[1]!.numerator).toEqual({ shown: false });
    expect(points[3]!.label).toBe('October 2026');
  });

  it('does not compare across a gap: the period before must be the one just before', () => {
    const points = derivePoints(appeals, [value('2026-Q1', { value: 10 }, 'appeals'), value('2026-Q3', { value: 12 }, 'appeals')], 5);
    expect(points[1]!.change).toBeUndefined();
    expect(latestAndPrevious(points).previous).toBeUndefined();
  });

  it('keeps only the indicator’s own rows, oldest first', () => {
    const points = derivePoints(appeals, [value('2026-Q3', { value: 12 }, 'appeals'), value('2026-10', { numerator: 1, denominator: 2 }), value('2026-Q2', { value: 9 }, 'appeals')], 5);
    expect(points.map((p) => p.period.key)).toEqual(['2026-Q2', '2026-Q3']);
    expect(points[1]!.change).toBe(3);
  });
});

describe('targetStatus', () => {
  const latest = (v: number, ind = pct) => derivePoints(ind, [ind.measure === 'percentage' ? value('2026-10', { numerator: v * 10, denominator: 1000 }) : value('2026-10', { value: v }, ind.id)], 5)[0];

  it('is met when the published figure reaches the target in the better direction', () => {
    expect(targetStatus(indicator({ target: 60 }), latest(60))).toBe('met');
    expect(targetStatus(indicator({ target: 60 }), latest(59.9))).toBe('not-met');
    expect(targetStatus(indicator({ ...weeks, target: 20 }), latest(19.5, weeks))).toBe('met');
    expect(targetStatus(indicator({ ...weeks, target: 20 }), latest(20.5, weeks))).toBe('not-met');
  });

  it('says when there is no target, or when the figure is withheld and it cannot tell', () => {
    expect(targetStatus(pct, latest(50))).toBe('no-target');
    expect(targetStatus(indicator({ target: 60 }), undefined)).toBe('unknown');
    const withheld = derivePoints(pct, [value('2026-10', { numerator: 2, denominator: 3 })], 5)[0];
    expect(targetStatus(indicator({ target: 60 }), withheld)).toBe('unknown');
  });
});

describe('judgeChange', () => {
  it('judges a change by which way is better', () => {
    expect(judgeChange(pct, 2)).toBe('better');
    expect(judgeChange(appeals, 2)).toBe('worse');
    expect(judgeChange(appeals, -2)).toBe('better');
    expect(judgeChange(indicator({ better: 'neither' }), 2)).toBeUndefined();
    expect(judgeChange(pct, 0)).toBeUndefined();
  });
});
