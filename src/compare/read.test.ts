import { describe, expect, it } from 'vitest';
import { readCompareValues } from './read';

const HEADER = 'measure,time_period,geographic_level,region_code,region_name,old_la_code,new_la_code,la_name,numerator,denominator,value,release,source_file';
const read = (rows: string) => readCompareValues(new TextEncoder().encode(`${HEADER}\n${rows}`), 'data/compare/values.csv');

describe('data/compare/values.csv', () => {
  it('reads symbols as no figure', () => {
    const { value, problems } = read('reviews_4_weeks,2024,Local authority,E12000006,East of England,883,E06000034,Thurrock,0,x,x,R,annual_reviews.csv\n');
    expect(problems).toEqual([]);
    expect(value[0]).toMatchObject({ measure: 'reviews_4_weeks', numerator: 0, denominator: undefined, value: undefined, la_name: 'Thurrock' });
  });

  it('lists every problem with its row and column', () => {
    const { problems } = read([
      'plans_in_20_weeks,2024,National,,,,,,1,2,50,R,t.csv',
      'plans_20_weeks,24,National,,,,,,1,2,50,R,t.csv',
      'plans_20_weeks,2024,County,,,,,,1,2,50,R,t.csv',
      'plans_20_weeks,2024,National,,,,,,1,2,150,R,t.csv',
    ].join('\n'));
    expect(problems.map((p) => [p.row, p.column])).toEqual([[2, 'measure'], [3, 'time_period'], [4, 'geographic_level'], [5, 'value']]);
    expect(problems[0]!.expected).toContain('one of the measures plans_20_weeks, plans_20_weeks_ex');
  });

  it('reports the same area and year twice', () => {
    const row = 'plans_20_weeks,2024,National,,,,,,1,2,50,R,t.csv';
    expect(read(`${row}\n${row}\n`).problems).toEqual([expect.objectContaining({ row: 3, fix: 'It is also on row 2. Delete one of the two rows.' })]);
  });
});
