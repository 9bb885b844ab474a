import { describe, expect, it } from 'vitest';
import { toCsv } from '../core/csv';
import { publishedNumber } from '../core/symbols';
import { indicator, value } from './__fixtures__/indicators';
import { INDICATOR_OPEN_DATA_COLUMNS, indicatorOpenData } from './open-data';
import { derivePoints } from './stats';

describe('indicatorOpenData', () => {
  it('gives one tidy row per period, with c, x and z where there is no number', () => {
    const pct = indicator({ target: 90, target_by: '2027-03' });
    const rows = indicatorOpenData(pct, derivePoints(pct, [
      value('2026-08', { numerator: 3, denominator: 60 }),
      value('2026-09', { note: 'Not collected.' }),
      value('2026-10', { numerator: 81, denominator: 130 }),
    ], 5), 'Northbrook');
    expect(rows.map((r) => [r.time_period, r.numerator, r.denominator, r.value, r.note])).toEqual([
      ['2026-08', 'c', 60, 'c', ''],
      ['2026-09', 'x', 'x', 'x', 'Not collected.'],
      ['2026-10', 81, 130, 62.3, ''],
    ]);
    expect(rows[0]).toMatchObject({ time_identifier: 'Month', la_name: 'Northbrook', indicator_id: 'six-weeks', target: 90, target_by: '2027-03' });
  });

  it('marks numerator and denominator not applicable for counts, and a missing target as z', () => {
    const appeals = indicator({ id: 'appeals', measure: 'count', unit: 'appeals', frequency: 'quarterly', better: 'lower' });
    const [row] = indicatorOpenData(appeals, derivePoints(appeals, [value('2026-Q3', { value: 4 }, 'appeals')], 5), 'Northbrook');
    expect(row).toMatchObject({ time_period: '2026-Q3', time_identifier: 'Quarter', numerator: 'z', denominator: 'z', value: 'c', target: 'z', target_by: 'z' });
  });

  it('writes a CSV with the columns in order', () => {
    const pct = indicator();
    const csv = toCsv(INDICATOR_OPEN_DATA_COLUMNS, indicatorOpenData(pct, derivePoints(pct, [value('2026-10', { numerator: 1, denominator: 1000 })], 5), 'Northbrook'));
    expect(csv.split('\r\n')[0]).toBe(INDICATOR_OPEN_DATA_COLUMNS.join(','));
  });
});

describe('publishedNumber', () => {
  it('rounds, and says low for a figure that would round to 0 but is not 0', () => {
    expect(publishedNumber(62.31, 1)).toBe(62.3);
    expect(publishedNumber(0.04, 1)).toBe('low');
    expect(publishedNumber(0, 1)).toBe(0);
  });
});
