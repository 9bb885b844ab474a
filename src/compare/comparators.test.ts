import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../core/shared-fixtures.node';
import { readCompareValues, readNeighbourRows, readReleaseRows, type NeighbourRow } from './read';
import { comparatorsFor, periodsFor, type CompareData } from './comparators';
import { MEASURE_KEYS } from './measures';

// The committed comparison (made by the importer from the real release), checked against the real files.
const values = readCompareValues(readFileSync('tests/sample/data/compare/values.csv'), 'values.csv').value;
const release = readReleaseRows(readFileSync('tests/sample/data/compare/release.csv'), 'release.csv').value;
const list = Papa.parse<Record<string, string>>(readFileSync(sharedFixture('dfe-statistical-neighbours', 'statistical-neighbours-2025-long.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const timeliness = Papa.parse<Record<string, string>>(readFileSync(sharedFixture('dfe-sen2-2025', 'timeliness_20_week.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
  .filter((r) => r['breakdown_topic'] === 'All EHC plans issued' && r['time_period'] === '2024');
const dfeLas = timeliness.filter((r) => r['geographic_level'] === 'Local authority');

/** A real council's comparison data: its own 10 neighbours from DfE's list. */
function dataFor(code: string): CompareData {
  const names = new Map(dfeLas.map((r) => [r['old_la_code']!, r['la_name']!]));
  const neighbours: NeighbourRow[] = list.filter((r) => r['la_code_old'] === code).map((r) => ({
    la_code: code, la_name: names.get(code)!, region_name: undefined, sn_rank: Number(r['sn_rank']), sn_la_code: r['sn_la_code_old']!,
    sn_la_name: names.get(r['sn_la_code_old']!)!, sn_proximity: r['sn_proximity']!, release: 'list', source_file: 'list.csv',
  }));
  return { values, neighbours, release };
}

function regionOf(code: string): string {
  return dfeLas.find((r) => r['old_la_code'] === code)!['region_name']!;
}

describe('a real council, for each of several across England', () => {
  it.each([
    ['816', 'York', 64.8, 'Yorkshire and The Humber', 57.1],
    ['937', 'Warwickshire', 21.2, 'West Midlands', 41],
    ['801', 'Bristol, City of', undefined, 'South West', 31],
    ['202', 'Camden', undefined, 'London', 64.7],
    ['908', 'Cornwall', undefined, 'South West', 31],
    ['391', 'Newcastle upon Tyne', undefined, 'North East', 47.6],
  ])('%s %s: its own DfE figure, England, its region, its neighbours and a rank that match the DfE file', (code, name, expectedOwn, region, regionValue) => {
    const c = comparatorsFor('plans_20_weeks', dataFor(code), { name, laCode: code, region })!;
    const published = dfeLas.find((r) => r['old_la_code'] === code)!;
    expect(c.period).toBe('2024');
    expect(c.own).toMatchObject({ source: 'dfe', value: Number(published['pc_plans_issued_within_20_weeks']) });
    if (expectedOwn !== undefined) expect(c.own.value).toBe(expectedOwn);
    expect(c.england?.value).toBe(45.9);
    expect(c.region).toMatchObject({ name: region, value: regionValue });
    // The rank, worked out here straight from the DfE file.
    const all = dfeLas.map((r) => r['pc_plans_issued_within_20_weeks']!).filter((v) => v !== 'x').map(Number);
    const mine = Number(published['pc_plans_issued_within_20_weeks']);
    expect(c.rank).toEqual({ position: all.filter((v) => v > mine).length + 1, of: all.length, joint: all.filter((v) => v === mine).length > 1, first: 'highest' });
    // The neighbours, in DfE's order, with their own published figures and a plain average.
    const mineList = list.filter((r) => r['la_code_old'] === code);
    expect(c.neighbours.map((n) => n.code)).toEqual(mineList.map((r) => r['sn_la_code_old']));
    const theirs = mineList.map((r) => Number(dfeLas.find((d) => d['old_la_code'] === r['sn_la_code_old'])!['pc_plans_issued_within_20_weeks']));
    expect(c.neighbours.map((n) => n.value)).toEqual(theirs);
    expect(c.neighboursAverage?.value).toBeCloseTo(theirs.reduce((a, b) => a + b, 0) / 10, 10);
  });

  it('York is 55th of 153 for new plans within 20 weeks in 2024 (checked by hand)', () => {
    expect(comparatorsFor('plans_20_weeks', dataFor('816'), { name: 'York', laCode: '816', region: 'Yorkshire and The Humber' })?.rank).toMatchObject({ position: 55, of: 153, joint: false });
  });

  it('every one of the 153 local authorities gets a comparison for every measure, or a reason there is none', () => {
    const codes = [...new Set(list.map((r) => r['la_code_old']!))];
    expect(codes).toHaveLength(153);
    for (const code of codes) {
      const data = dataFor(code);
      for (const key of MEASURE_KEYS) {
        const c = comparatorsFor(key, data, { name: code, laCode: code, region: regionOf(code) })!;
        expect(c.neighbours.every((n) => n.name !== undefined), code).toBe(true);
        expect(c.region?.value, `${code} ${key}`).toBeDefined();
        expect(c.england?.value).toBeDefined();
        if (c.own.value !== undefined) expect(c.rank?.position, `${code} ${key}`).toBeGreaterThan(0);
        else expect(c.own.reason).toMatch(/^DfE does not give a figure for \d{3} for /);
      }
    }
  });
});

describe('a sample area that is not in DfE\'s figures', () => {
  const data = { values, neighbours: readNeighbourRows(readFileSync('tests/sample/data/compare/neighbours.csv'), 'n.csv').value, release };
  const area = { name: 'Northbrook', laCode: null, region: 'West Midlands' };

  it('is ranked as one more area among the 153, with ties shared', () => {
    const c = comparatorsFor('plans_20_weeks', data, area, { plans_20_weeks: { '2024': { value: 42, numerator: 363, denominator: 865, source: 'local' } } })!;
    expect(c.rank?.of).toBe(154);
    const all = c.all.map((a) => a.value!);
    expect(c.rank?.position).toBe(all.filter((v) => v > 42).length + 1);
    expect(c.rank?.joint).toBe(all.includes(42));
  });

  it('without its own figure, still shows England, the region and the borrowed neighbours, and says why', () => {
    const c = comparatorsFor('requests_6_weeks', data, area)!;
    expect(c.own).toEqual({ source: 'local', reason: 'Northbrook does not publish its own figure for this measure yet.' });
    expect(c.rank).toBeUndefined();
    expect(c.england?.value).toBe(84.8);
    expect(c.neighbours[0]).toMatchObject({ name: 'Gloucestershire', proximity: 'Extremely close', rank: 1 });
  });

  it('offers each measure\'s years with an England figure', () => {
    expect(periodsFor('requests_6_weeks', values)).toEqual(['2023', '2024']);
    expect(periodsFor('ehc_plans', values).at(-1)).toBe('202425');
    expect(comparatorsFor('ehc_plans', data, area)?.periodLabel).toBe('January 2025');
  });
});
