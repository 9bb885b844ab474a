import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEhcpTimeliness } from '../ehcp/read';
import { calendarYearTotals } from '../ehcp/annual';
import { localFigures } from './own';

const months = readEhcpTimeliness(readFileSync('tests/sample/data/ehcp-timeliness.csv'), 'data/ehcp-timeliness.csv', new Date('2026-11-22')).value;

describe("Northbrook's own yearly figures, from its monthly file", () => {
  it('adds up the 12 months of 2024: 363 of 865 plans within 20 weeks', () => {
    expect(calendarYearTotals(months, 2024)).toMatchObject({ year: 2024, issued: 865, within: 363, issuedEx: undefined, monthsWithoutEx: ['2024-01', '2024-02', '2024-03'] });
  });

  it('gives no figure for a year it does not have every month of', () => {
    expect(calendarYearTotals(months, 2023)).toBeUndefined();
  });

  it('rounds like DfE, to one decimal place, and says why a figure is missing', () => {
    const own = localFigures(months, ['2023', '2024'], 5);
    expect(own.plans_20_weeks?.['2024']).toEqual({ value: 42, numerator: 363, denominator: 865, source: 'local' });
    expect(own.plans_20_weeks?.['2023']?.reason).toBe('We have figures for 4 of the 12 months of 2023, so there is no figure for the whole year.');
    expect(own.plans_20_weeks_ex?.['2024']?.reason).toBe('We have figures not counting exceptions for 9 of the 12 months of 2024, so there is no figure for the whole year.');
  });

  it('withholds a percentage made from a small number', () => {
    const tiny = Array.from({ length: 12 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, '0')}` as const, plans_issued_den: i === 0 ? 3 : 0, plans_issued_within_20_weeks: i === 0 ? 1 : 0 }));
    expect(localFigures(tiny, ['2024'], 5).plans_20_weeks?.['2024']).toEqual({ source: 'local', reason: expect.stringContaining('Too few plans') });
  });
});
