import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractComparator } from './dfe-import';

// Rows cut from the real DfE file (Open Government Licence v3.0), kept as they
// are: a byte order mark, mixed-case headers, x symbols, a quoted la_name with
// a comma, and local authorities with counts as small as 1 of 1.
const EXCERPT = 'src/data/__fixtures__/dfe-timeliness-excerpt.csv';
// The whole file, in the project's shared folder when it is there.
const FULL = '../shared/fixtures/dfe-sen2-2025/timeliness_20_week.csv';

describe('the DfE timeliness file as published', () => {
  const bytes = readFileSync(EXCERPT);
  it('extracts England for every year', () => {
    const { value, problems } = extractComparator(bytes, EXCERPT);
    expect(problems).toEqual([]);
    expect(value.map((v) => v.time_period)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(value.at(-1)).toEqual({ time_period: 2024, pc_plans_issued_within_20_weeks: 45.9, pc_plans_issued_20_weeks_ex: 46.4 });
  });
  it('extracts one local authority by name, in any case, including one whose name has a comma', () => {
    expect(extractComparator(bytes, EXCERPT, 'cumberland').value.map((v) => v.time_period)).toEqual([2023, 2024]);
    expect(extractComparator(bytes, EXCERPT, 'Bournemouth, Christchurch and Poole').value.length).toBeGreaterThan(0);
  });
  it('says when a local authority is not in the file', () => {
    const { problems } = extractComparator(bytes, EXCERPT, 'Northbrook');
    expect(problems[0]?.expected).toBe('rows for the local authority "Northbrook"');
  });
});

describe.skipIf(!existsSync(FULL))('the whole DfE file', () => {
  it('reads all 12,000 rows without a problem and finds the same England figures', () => {
    const { value, problems } = extractComparator(readFileSync(FULL), FULL);
    expect(problems).toEqual([]);
    expect(value).toEqual(extractComparator(readFileSync(EXCERPT), EXCERPT).value);
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
