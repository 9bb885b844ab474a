import { describe, expect, it } from 'vitest';
import { nextDfeRelease, reportingYearOf } from './release';

describe("DfE's yearly release", () => {
  it('reads the reporting year from the release rows, skipping rows without one', () => {
    expect(reportingYearOf([{ reporting_year: undefined }, { reporting_year: '2025' }])).toBe(2025);
    expect(reportingYearOf([{ reporting_year: undefined }])).toBeUndefined();
    expect(reportingYearOf([{ reporting_year: 'soon' }])).toBeUndefined();
  });

  it('expects the next reporting year around June of that year', () => {
    expect(nextDfeRelease(2025)).toEqual({ reportingYear: 2026, month: '2026-06' });
  });
});
