import { describe, expect, it } from 'vitest';
import { causesFirst, causesSummary, groupByCause } from './causes';
import { formatProblem, problem } from './problems';

const otherError = problem({ file: 'data/services.csv', row: 4, column: 'postcode', value: 'NB9', expected: 'a full postcode' });
const fact = (month: string, row: number) =>
  problem({ file: 'content/updates/x.mdx', row, column: 'text', value: `ehcp.${month}.issued`, expected: 'the name of a fact worked out from the data', fix: 'Did you mean something else?' });
const monthGone = problem({
  file: 'data/ehcp-timeliness.csv',
  expected: 'October 2026 (row 39 of the version last published) to be in this file too',
  cause: { words: 'October 2026 is missing from data/ehcp-timeliness.csv', values: ['2026-10'] },
});

describe('the real cause first', () => {
  it('lists a cause before the problems that follow from it, each saying why, then the rest in order', () => {
    const listed = causesFirst([otherError, fact('2026-10', 5), fact('2026-09', 6), fact('2026-10', 9), monthGone]);
    expect(listed.map((p) => [p.file, p.row, p.because])).toEqual([
      ['data/ehcp-timeliness.csv', undefined, undefined],
      ['content/updates/x.mdx', 5, 'October 2026 is missing from data/ehcp-timeliness.csv'],
      ['content/updates/x.mdx', 9, 'October 2026 is missing from data/ehcp-timeliness.csv'],
      ['data/services.csv', 4, undefined],
      ['content/updates/x.mdx', 6, undefined],
    ]);
  });

  it('replaces a follower’s own advice with its cause', () => {
    const [, follower] = causesFirst([fact('2026-10', 5), monthGone]);
    expect(formatProblem(follower!)).toBe(
      'Error: content/updates/x.mdx, row 5, column "text": Found "ehcp.2026-10.issued". Expected the name of a fact worked out from the data. ' +
        'This is because October 2026 is missing from data/ehcp-timeliness.csv: fix that first, and this goes too.',
    );
  });

  it('matches ids in a list, in any case, but not in the file the cause is in, nor part of another id', () => {
    const areaGone = problem({ file: 'data/improvement-plan/areas.csv', expected: 'area A3 to be in this file too', cause: { words: 'area A3 is missing', values: ['A3'] } });
    const review = problem({ file: 'data/improvement-plan/reviews/2026-07-10.csv', row: 8, column: 'area_id', value: 'a3', expected: 'an area_id' });
    const indicator = problem({ file: 'data/indicators/indicators.csv', row: 2, column: 'plan_areas', value: 'A1;A3', expected: 'area ids' });
    const sameFile = problem({ file: 'data/improvement-plan/areas.csv', row: 3, column: 'area_id', value: 'A3', expected: 'each area once' });
    const longer = problem({ file: 'data/indicators/indicators.csv', row: 3, column: 'plan_areas', value: 'A30', expected: 'area ids' });
    const groups = groupByCause([review, indicator, sameFile, longer, areaGone]);
    expect(groups[0]!.problem).toBe(areaGone);
    expect(groups[0]!.followers.map((p) => p.row)).toEqual([8, 2]);
    expect(groups.slice(1).map((g) => g.problem)).toEqual([sameFile, longer]);
  });

  it('follows a chain to the first cause: a workbook, so a published file has gone, so the file is missing', () => {
    const workbook = problem({ file: 'data/ehcp-timeliness.xlsx', expected: 'a CSV file', cause: { words: 'data/ehcp-timeliness.xlsx is a workbook', files: ['data/ehcp-timeliness.csv'] } });
    const gone = problem({ file: 'data/ehcp-timeliness.csv', expected: 'this file to stay', cause: { words: 'data/ehcp-timeliness.csv has gone', files: ['data/ehcp-timeliness.csv'] } });
    const missing = problem({ file: 'data/ehcp-timeliness.csv', expected: 'a file called ehcp-timeliness.csv in data' });
    const listed = causesFirst([missing, workbook, gone]);
    expect(listed.map((p) => [p.expected, p.because])).toEqual([
      ['a CSV file', undefined],
      ['a file called ehcp-timeliness.csv in data', 'data/ehcp-timeliness.xlsx is a workbook'],
      ['this file to stay', 'data/ehcp-timeliness.xlsx is a workbook'],
    ]);
  });

  it('leaves a cause with nothing following it where it is', () => {
    expect(causesFirst([otherError, monthGone])).toEqual([otherError, monthGone]);
  });
});

describe('the summary', () => {
  it('names each cause and how many problems follow from them', () => {
    expect(causesSummary([otherError])).toBe('');
    expect(causesSummary([fact('2026-10', 5), fact('2026-10', 9), monthGone, otherError])).toBe(
      'Start with the cause of 2 other problems: October 2026 is missing from data/ehcp-timeliness.csv.',
    );
    const septemberGone = { ...monthGone, cause: { words: 'September 2026 is missing from data/ehcp-timeliness.csv', values: ['2026-09'] } };
    expect(causesSummary([fact('2026-10', 5), fact('2026-09', 6), monthGone, septemberGone])).toBe(
      'Start with the 2 causes of 2 other problems: October 2026 is missing from data/ehcp-timeliness.csv; September 2026 is missing from data/ehcp-timeliness.csv.',
    );
  });
});
