import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../core/shared-fixtures.node';
import { readDfeFile, type DfeValue } from './dfe-file';
import type { DfeFileKind } from './measures';

// The real DfE release, as published: nobody here wrote it.
const FILES: Record<DfeFileKind, string> = {
  timeliness: 'timeliness_20_week.csv',
  requests: 'requests.csv',
  assessments: 'assessments.csv',
  annual_reviews: 'annual_reviews.csv',
  caseload: 'caseload.csv',
};
const path = (kind: DfeFileKind) => sharedFixture('dfe-sen2-2025', FILES[kind]);
const bytes = (kind: DfeFileKind) => readFileSync(path(kind));
const text = (kind: DfeFileKind) => bytes(kind).toString('utf8');
const encode = (s: string) => new TextEncoder().encode(s);
// Each file is read once for the tests that only look at its figures.
const cache = new Map<DfeFileKind, ReturnType<typeof readDfeFile>>();
const read = (kind: DfeFileKind) => cache.get(kind) ?? cache.set(kind, readDfeFile(bytes(kind), FILES[kind], kind)).get(kind)!;

function find(values: readonly DfeValue[], measure: string, period: string, name: string): DfeValue | undefined {
  return values.find((v) => v.measure === measure && v.time_period === period && (v.la_name || v.region_name || 'England') === name);
}

describe('each file of the real 2025 release', () => {
  it.each(Object.keys(FILES) as DfeFileKind[])('%s reads without a problem, as the reporting year 2025 release', (kind) => {
    const { value, problems } = read(kind);
    expect(problems).toEqual([]);
    expect(value?.reportingYear).toBe(2025);
    expect(value?.mapping.title).toBe('Education, health and care plans, reporting year 2025');
    // England, 9 regions and at least 151 local authorities in every year.
    for (const period of value!.periods) {
      const rows = value!.values.filter((v) => v.time_period === period && v.measure === value!.values[0]!.measure);
      expect(rows.filter((v) => v.geographic_level === 'National')).toHaveLength(1);
      expect(rows.filter((v) => v.geographic_level === 'Regional')).toHaveLength(9);
      expect(rows.filter((v) => v.geographic_level === 'Local authority').length).toBeGreaterThanOrEqual(151);
    }
  });
});

describe('figures match the DfE file to the decimal', () => {
  // Checked by hand against the rows of the published files.
  it.each([
    ['timeliness', 'plans_20_weeks', '2024', 'England', 45.9, 41448, 90392],
    ['timeliness', 'plans_20_weeks_ex', '2024', 'England', 46.4, 39407, 84866],
    ['timeliness', 'plans_20_weeks', '2024', 'South West', 31, undefined, undefined],
    ['timeliness', 'plans_20_weeks', '2024', 'York', 64.8, 153, 236],
    ['timeliness', 'plans_20_weeks', '2024', 'Warwickshire', 21.2, 238, 1122],
    ['timeliness', 'plans_20_weeks_ex', '2024', 'Warwickshire', 21.3, 238, 1119],
    ['timeliness', 'plans_20_weeks', '2024', 'Leicestershire', 4.3, 33, 772],
    ['timeliness', 'plans_20_weeks', '2024', 'Coventry', 61.8, 424, 686],
    ['timeliness', 'plans_20_weeks', '2019', 'England', 58.7, 31313, 53327],
    ['requests', 'requests_6_weeks', '2024', 'England', 84.8, 126160, 148753],
    ['requests', 'requests_6_weeks', '2024', 'York', 92, 391, 425],
    ['assessments', 'no_plan_16_weeks', '2024', 'England', 34.1, 2179, 6391],
    ['assessments', 'no_plan_16_weeks', '2024', 'York', 33.3, 7, 21],
    ['annual_reviews', 'reviews_4_weeks', '2024', 'England', 44.4, 154924, 348759],
    ['annual_reviews', 'reviews_4_weeks', '2024', 'York', 60, 679, 1132],
    ['caseload', 'ehc_plans', '202425', 'England', 638745, undefined, undefined],
    ['caseload', 'ehc_plans', '202425', 'Warwickshire', 6868, undefined, undefined],
  ] as const)('%s: %s %s %s is %s', (kind, measure, period, name, value, numerator, denominator) => {
    const found = find(read(kind).value!.values, measure, period, name);
    expect(found?.value).toBe(value);
    if (numerator !== undefined) expect(found?.numerator).toBe(numerator);
    if (denominator !== undefined) expect(found?.denominator).toBe(denominator);
  });

  it('every local authority in every year of the timeliness file, read independently with papaparse', () => {
    const ours = read('timeliness').value!.values;
    const rows = Papa.parse<Record<string, string>>(text('timeliness').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
      .filter((r) => r['breakdown_topic'] === 'All EHC plans issued' && r['geographic_level'] === 'Local authority');
    expect(rows.length).toBeGreaterThan(900);
    for (const r of rows) {
      const v = ours.find((o) => o.measure === 'plans_20_weeks' && o.time_period === r['time_period'] && o.old_la_code === r['old_la_code']);
      const published = r['pc_plans_issued_within_20_weeks']!;
      expect(v?.value, `${r['la_name']} ${r['time_period']}`).toBe(published === 'x' ? 'x' : Number(published));
      const ex = ours.find((o) => o.measure === 'plans_20_weeks_ex' && o.time_period === r['time_period'] && o.old_la_code === r['old_la_code']);
      expect(String(ex?.value)).toBe(String(r['PC_plans_issued_20_weeks_ex'] === 'x' ? 'x' : Number(r['PC_plans_issued_20_weeks_ex'])));
    }
  });

  it('keeps the symbol x where DfE gives no figure (Thurrock has 0 reviews decided on time and no percentage)', () => {
    const thurrock = find(read('annual_reviews').value!.values, 'reviews_4_weeks', '2024', 'Thurrock');
    expect(thurrock).toMatchObject({ numerator: 0, value: 'x' });
    const blackpool = find(read('annual_reviews').value!.values, 'reviews_4_weeks', '2024', 'Blackpool');
    expect(blackpool).toMatchObject({ numerator: 'x', denominator: 'x', value: 'x' });
  });
});

describe('names that change between releases', () => {
  it('reads a next-release file whose rows for all children are labelled "All EHC plans", through the 2026 mapping', () => {
    const next = text('timeliness')
      .replaceAll('All EHC plans issued', 'All EHC plans')
      .replace(/^(20\d\d),/gm, (_, y: string) => `${Number(y) + 1},`);
    const { value, problems } = readDfeFile(encode(next), 'timeliness_20_week.csv', 'timeliness');
    expect(problems).toEqual([]);
    expect(value?.reportingYear).toBe(2026);
    expect(find(value!.values, 'plans_20_weeks', '2025', 'England')?.value).toBe(45.9);
  });

  it('says which label it did not find, what it expected and what the file has instead', () => {
    const relabelled = text('timeliness').replaceAll('All EHC plans issued', 'All EHC plans');
    const { value, problems } = readDfeFile(encode(relabelled), 'timeliness_20_week.csv', 'timeliness');
    expect(value?.values ?? []).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ column: 'breakdown_topic', expected: 'rows for all children, labelled "All EHC plans issued" (as the DfE 2025 release labels them)' });
    expect(problems[0]!.fix).toContain('The file has "All EHC plans"');
  });

  it('forgives case in headers and labels', () => {
    const shouting = text('timeliness').replace('pc_plans_issued_within_20_weeks', 'PC_Plans_Issued_Within_20_Weeks').replaceAll('All EHC plans issued', 'ALL EHC PLANS ISSUED');
    const { value, problems } = readDfeFile(encode(shouting), 'timeliness_20_week.csv', 'timeliness');
    expect(problems).toEqual([]);
    expect(find(value!.values, 'plans_20_weeks', '2024', 'England')?.value).toBe(45.9);
  });

  it('names a renamed column, what it expected, and the nearest column the file has', () => {
    const renamed = text('timeliness').replace('pc_plans_issued_within_20_weeks', 'pc_plans_issued_in_20_weeks');
    const { value, problems } = readDfeFile(encode(renamed), 'timeliness_20_week.csv', 'timeliness');
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'pc_plans_issued_within_20_weeks',
        expected: expect.stringContaining('a column called pc_plans_issued_within_20_weeks (for "New EHC plans issued within 20 weeks"), as the DfE 2025 release names it'),
        fix: expect.stringContaining('The file has "pc_plans_issued_in_20_weeks"'),
      }),
    ]);
  });

  it('warns when the release is newer than any mapping, and reads it with the newest names if they still fit', () => {
    const later = text('requests').replace(/^(20\d\d),/gm, (_, y: string) => `${Number(y) + 3},`);
    const { value, problems } = readDfeFile(encode(later), 'requests.csv', 'requests');
    expect(value?.reportingYear).toBe(2028);
    expect(value?.mapping.reportingYear).toBe(2026);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', expected: expect.stringContaining('reporting year 2028 release') })]);
  });
});

describe('bad cells and files', () => {
  const header = 'time_period,geographic_level,region_code,region_name,old_la_code,new_la_code,la_name,breakdown_topic,breakdown,plans_issued_den,plans_issued_den_ex,plans_issued_within_20_weeks,plans_issued_20_weeks_ex,pc_plans_issued_within_20_weeks,PC_plans_issued_20_weeks_ex';
  it('reports a figure that is neither a number nor a symbol, with its row and column', () => {
    const csv = `${header}\n2024,National,,,,,,All EHC plans issued,All EHC plans issued,10,10,5,5,50%,50\n`;
    const { problems } = readDfeFile(encode(csv), 'timeliness_20_week.csv', 'timeliness');
    expect(problems).toEqual([expect.objectContaining({ row: 2, column: 'pc_plans_issued_within_20_weeks', value: '50%', expected: expect.stringContaining('a percentage from 0 to 100') })]);
  });

  it('reports the same area twice, naming both rows', () => {
    const row = '2024,National,,,,,,All EHC plans issued,All EHC plans issued,10,10,5,5,50,50';
    const { problems } = readDfeFile(encode(`${header}\n${row}\n${row}\n`), 'timeliness_20_week.csv', 'timeliness');
    expect(problems.map((p) => [p.row, p.fix])).toEqual([[3, 'It is also on row 2. Check the file has not been edited or joined to another.'], [3, 'It is also on row 2. Check the file has not been edited or joined to another.']]);
  });

  it('refuses a file that is not a DfE release file', () => {
    const { problems } = readDfeFile(encode('month,plans\n2024-01,3\n'), 'timeliness_20_week.csv', 'timeliness');
    expect(problems[0]).toMatchObject({ column: 'time_period', expected: 'a column called time_period, as in every DfE release file' });
  });
});
