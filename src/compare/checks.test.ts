import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCompare } from './checks';
import { readCompareValues, readNeighbourRows, readReleaseRows } from './read';
import { readCompareData } from './read';
import { diskFolder } from '../core/files.node.ts';
import { site } from '../config/site.node.ts';
import { compareSchema } from '../config/site-schema';

const data = {
  values: readCompareValues(readFileSync('tests/sample/data/compare/values.csv'), 'v').value,
  neighbours: readNeighbourRows(readFileSync('tests/sample/data/compare/neighbours.csv'), 'n').value,
  release: readReleaseRows(readFileSync('tests/sample/data/compare/release.csv'), 'r').value,
};
const files = { values: 'data/compare/values.csv', neighbours: 'data/compare/neighbours.csv', national: 'data/ehcp-national.csv', config: 'data/site.yaml' };
const config = site.compare!;
const england = [{ time_period: 2024, pc_plans_issued_within_20_weeks: 45.9, pc_plans_issued_20_weeks_ex: 46.4 }];

describe('the committed comparison', () => {
  it('passes every check with the sample configuration', () => {
    expect(readCompareData(diskFolder('tests/sample/data'), config, { national: england, files: { national: 'data/ehcp-national.csv', timeliness: '' } }).problems).toEqual([]);
  });
});

describe('checks across the files and the configuration', () => {
  it('stops a neighbour list made for another council than the configuration names', () => {
    const problems = checkCompare(data, { laCode: '816', region: 'Yorkshire and The Humber' }, england, files);
    expect(problems[0]).toMatchObject({ file: 'data/compare/neighbours.csv', row: 2, column: 'la_code', value: '937', expected: 'the neighbours of 816, the council named in data/site.yaml (compare)' });
    expect(problems[0]!.fix).toContain('npm run import:dfe');
  });

  it('suggests the DfE spelling of a region', () => {
    const problems = checkCompare(data, { laCode: null, region: 'West Midland', neighboursOf: '937' }, england, files);
    expect(problems).toEqual([expect.objectContaining({ file: 'data/site.yaml', column: 'compare.region', value: 'West Midland', fix: 'Did you mean West Midlands?' })]);
  });

  it('stops when the EHCP page\'s England line disagrees with the comparison', () => {
    const problems = checkCompare(data, config, [{ time_period: 2024, pc_plans_issued_within_20_weeks: 46.1, pc_plans_issued_20_weeks_ex: 46.4 }], files);
    expect(problems).toEqual([expect.objectContaining({ file: 'data/ehcp-national.csv', column: 'pc_plans_issued_within_20_weeks', value: '46.1 for 2024', expected: expect.stringContaining('45.9, England\'s figure for 2024 in data/compare/values.csv') })]);
  });

  it('stops a neighbour that is not in the figures', () => {
    const neighbours = data.neighbours.map((n, i) => (i === 4 ? { ...n, sn_la_code: '928' } : n));
    expect(checkCompare({ ...data, neighbours }, config, england, files)).toEqual([expect.objectContaining({ row: 6, column: 'sn_la_code', value: '928' })]);
  });
});

describe('the site configuration', () => {
  it('needs a real council to borrow neighbours from when the area is a sample', () => {
    expect(compareSchema.safeParse({ laCode: null, region: 'West Midlands' }).error?.issues[0]?.message).toContain('needs neighboursOf');
    expect(compareSchema.safeParse({ laCode: '816', region: 'Yorkshire and The Humber', neighboursOf: '937' }).error?.issues[0]?.message).toContain('compares with its own neighbours');
    expect(compareSchema.safeParse({ laCode: '8160', region: 'x' }).success).toBe(false);
    expect(compareSchema.parse({ laCode: '816', region: 'Yorkshire and The Humber' })).toEqual({ laCode: '816', region: 'Yorkshire and The Humber' });
  });
});
