import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractComparator } from './dfe-import';

const REAL = '../shared/fixtures/dfe-sen2-2025/timeliness_20_week.csv';

describe.skipIf(!existsSync(REAL))('the real DfE file (BOM, mixed-case headers, x symbols)', () => {
  const bytes = readFileSync(REAL);
  it('extracts England for every year', () => {
    const { value, problems } = extractComparator(bytes, REAL);
    expect(problems).toEqual([]);
    expect(value.map((v) => v.time_period)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(value.at(-1)).toEqual({ time_period: 2024, pc_plans_issued_within_20_weeks: 45.9, pc_plans_issued_20_weeks_ex: 46.4 });
  });
  it('extracts one local authority by name, in any case', () => {
    const { value } = extractComparator(bytes, REAL, 'cumberland');
    expect(value.map((v) => v.time_period)).toEqual([2023, 2024]);
  });
  it('says when a local authority is not in the file', () => {
    const { problems } = extractComparator(bytes, REAL, 'Northbrook');
    expect(problems[0]?.expected).toBe('rows for the local authority "Northbrook"');
  });
});

describe('a small DfE-shaped file', () => {
  it('reads x as not available', () => {
    const csv = '\uFEFFtime_period,geographic_level,breakdown_topic,pc_plans_issued_within_20_weeks,PC_plans_issued_20_weeks_ex\n2024,National,All EHC plans issued,45.9,x\n2024,National,Sex,45,46\n';
    expect(extractComparator(new TextEncoder().encode(csv), 'f.csv').value).toEqual([
      { time_period: 2024, pc_plans_issued_within_20_weeks: 45.9, pc_plans_issued_20_weeks_ex: undefined },
    ]);
  });
});
