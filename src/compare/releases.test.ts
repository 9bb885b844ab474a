import { describe, expect, it } from 'vitest';
import { fileKindOf, mappingFor, reportingYearOf, sameLabel } from './releases';
import { readCell } from './cells';

describe('release mappings', () => {
  it('knows each release by its reporting year, and falls back to the newest older one', () => {
    expect(mappingFor(2025)).toMatchObject({ exact: true, mapping: { reportingYear: 2025 } });
    expect(mappingFor(2026).mapping.files.timeliness.allLabel).toBe('All EHC plans');
    expect(mappingFor(2025).mapping.files.timeliness.allLabel).toBe('All EHC plans issued');
    expect(mappingFor(2030)).toMatchObject({ exact: false, mapping: { reportingYear: 2026 } });
  });
  it('reads the reporting year from a calendar year or an academic year', () => {
    expect(reportingYearOf('2024')).toBe(2025);
    expect(reportingYearOf('202425')).toBe(2025);
    expect(reportingYearOf('2024/25')).toBeUndefined();
  });
  it('recognises the release files by name, in any case', () => {
    expect(fileKindOf('Timeliness_20_Week.csv')).toBe('timeliness');
    expect(fileKindOf('caseload.csv')).toBe('caseload');
    expect(fileKindOf('newplans.csv')).toBeUndefined();
  });
  it('compares labels without regard to case or spaces', () => {
    expect(sameLabel(' All EHC  Plans issued', 'All EHC plans issued')).toBe(true);
    expect(sameLabel('All EHC plans', 'All EHC plans issued')).toBe(false);
  });
});

describe('cells', () => {
  it.each([['45.9', 45.9], ['x', 'x'], ['X', 'x'], ['low', 'low'], ['', 'x'], ['0', 0]])('%j', (raw, value) => {
    expect(readCell(raw, true)).toEqual({ ok: true, value });
  });
  it('refuses what is not a number or a symbol', () => {
    expect(readCell('101', true).ok).toBe(false);
    expect(readCell('-1', false).ok).toBe(false);
    expect(readCell('n/a', false)).toEqual({ ok: false, expected: 'a number, or one of the symbols c, x, z, low, r, u' });
  });
});
