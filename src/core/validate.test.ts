import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { problem } from './problems';
import { quoteAsTyped } from './validate';

const { table } = parseCsv('month,count\nNov 2027,012\n2026-10,3\n', 'a.csv', { required: ['month', 'count'] });

describe('quoteAsTyped', () => {
  it('puts back the cell as it was typed in each problem about a cell of that file', () => {
    const problems = [
      problem({ file: 'a.csv', row: 2, column: 'month', value: '2027-11', expected: 'a month that has started' }),
      problem({ file: 'a.csv', row: 2, column: 'count', value: '12', expected: 'a smaller count' }),
    ];
    expect(quoteAsTyped(problems, { file: 'a.csv', table }).map((p) => p.value)).toEqual(['Nov 2027', '012']);
  });

  it('leaves alone a problem with no value, no row or column, another file, or a row it does not have', () => {
    const problems = [
      problem({ file: 'a.csv', row: 2, column: 'month', expected: 'both columns' }),
      problem({ file: 'a.csv', column: 'month', value: 'x', expected: 'a header' }),
      problem({ file: 'b.csv', row: 2, column: 'month', value: '2027-11', expected: 'a month' }),
      problem({ file: 'a.csv', row: 9, column: 'month', value: '2027-11', expected: 'a month' }),
    ];
    expect(quoteAsTyped(problems, { file: 'a.csv', table })).toEqual(problems);
  });
});
