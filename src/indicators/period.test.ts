import { describe, expect, it } from 'vitest';
import { parsePeriod, periodFromKey, periodLabel, periodShortLabel, shiftPeriod } from './period';

const key = (raw: string) => {
  const r = parsePeriod(raw);
  return r.ok ? `${r.period.kind}:${r.period.key}` : `error:${r.reason}`;
};

describe('parsePeriod', () => {
  it('reads years, quarters and months in the forms people type', () => {
    expect(key('2026')).toBe('year:2026');
    expect(key('2026-Q3')).toBe('quarter:2026-Q3');
    expect(key('2026 q3')).toBe('quarter:2026-Q3');
    expect(key('Q3 2026')).toBe('quarter:2026-Q3');
    expect(key('2026-10')).toBe('month:2026-10');
    expect(key('Oct-26')).toBe('month:2026-10');
    expect(key('01/10/2026')).toBe('month:2026-10');
  });

  it('says why a period cannot be read', () => {
    expect(key('2026-Q5')).toBe('error:there is no quarter 5 (quarters are Q1 to Q4)');
    expect(key('1899')).toBe('error:the year 1899 looks wrong');
    expect(key('2026-13')).toBe('error:there is no month 13');
    expect(key('last month')).toMatch(/^error:/);
  });

  it('knows the months a quarter covers', () => {
    const r = parsePeriod('2026-Q3');
    expect(r.ok && [r.period.start, r.period.end]).toEqual(['2026-07', '2026-09']);
  });
});

describe('periods in order and in words', () => {
  it('steps back across a year boundary for each kind', () => {
    expect(shiftPeriod(periodFromKey('2026-01')!, -1).key).toBe('2025-12');
    expect(shiftPeriod(periodFromKey('2026-Q1')!, -1).key).toBe('2025-Q4');
    expect(shiftPeriod(periodFromKey('2026')!, 1).key).toBe('2027');
  });

  it('labels each kind for sentences and chart axes', () => {
    expect(periodLabel(periodFromKey('2026-Q3')!)).toBe('July to September 2026');
    expect(periodShortLabel(periodFromKey('2026-Q3')!)).toBe('Jul–Sep 2026');
    expect(periodLabel(periodFromKey('2026-10')!)).toBe('October 2026');
    expect(periodShortLabel(periodFromKey('2026-10')!)).toBe('Oct 2026');
    expect(periodLabel(periodFromKey('2026')!)).toBe('2026');
  });

  it('only takes tidy keys from checked data', () => {
    expect(periodFromKey('Oct-26')).toBeUndefined();
    expect(periodFromKey('2026-Q3')?.kind).toBe('quarter');
  });
});
