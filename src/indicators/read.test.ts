import { TURNING_POINTS as T } from '../core/__fixtures__/uk-time';
import { describe, expect, it } from 'vitest';
import { formatProblem, type DataProblem } from '../core/problems';
import { readIndicatorSuite } from './read';

const TODAY = new Date('2026-11-22T12:00:00Z');
const DEFS_FILE = 'data/indicators/indicators.csv';
const VALUES_FILE = 'data/indicators/values.csv';
const HEADER = 'id,title,description,measure,unit,frequency,better,target,target_by,source,plan_areas';
const DEFS = [
  HEADER,
  'six-weeks,Decisions within 6 weeks,Share of decisions in time.,percentage,%,monthly,higher,90,2027-03,Case records,A1',
  'appeals,Appeals to the tribunal,Appeals each quarter.,count,appeals,quarterly,lower,,,Case records,',
  'survey,Parents who rate support good,Yearly survey.,percentage,%,annual,higher,60,,Survey,A4',
  'weeks,Average weeks to issue a plan,Average time.,average,weeks,monthly,lower,20,,Case records,',
].join('\n');

const enc = (text: string) => new TextEncoder().encode(text);

function read(values: string, defs = DEFS) {
  return readIndicatorSuite({ path: DEFS_FILE, bytes: enc(defs) }, { path: VALUES_FILE, bytes: enc(values) }, TODAY);
}

function values(...rows: string[]): string {
  return ['indicator_id,period,numerator,denominator,value,note', ...rows].join('\n');
}

const errors = (problems: DataProblem[]) => problems.filter((p) => p.severity === 'error');
const only = (problems: DataProblem[]) => {
  expect(errors(problems)).toHaveLength(1);
  return errors(problems)[0]!;
};

const GOOD = ['six-weeks,2026-10,58,91,,', 'appeals,2026-Q3,,,7,', 'survey,2026,120,400,,', 'weeks,2026-10,,,21.4,'];

describe('readIndicatorSuite with good files', () => {
  it('reads both files with no problems, oldest period first within each indicator', () => {
    const { value, problems } = read(values('six-weeks,2026-10,58,91,,', 'six-weeks,2026-09,50,88,,', ...GOOD.slice(1)));
    expect(problems).toEqual([]);
    expect(value.indicators.map((i) => i.id)).toEqual(['six-weeks', 'appeals', 'survey', 'weeks']);
    expect(value.values.map((v) => `${v.indicator_id} ${v.period.key}`)).toEqual([
      'six-weeks 2026-09', 'six-weeks 2026-10', 'appeals 2026-Q3', 'survey 2026', 'weeks 2026-10',
    ]);
    expect(value.indicators[0]).toMatchObject({ target: 90, target_by: '2027-03', plan_areas: ['A1'], row: 2 });
  });

  it('accepts a period with no figure when a note says why', () => {
    const { problems, value } = read(values(...GOOD, 'survey,2025,,,,The survey was not run this year.'));
    expect(problems).toEqual([]);
    expect(value.values.find((v) => v.period.key === '2025')?.note).toBe('The survey was not run this year.');
  });

  it('warns, without stopping, about an indicator with no figures yet', () => {
    const { problems } = read(values(...GOOD.slice(0, 3)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', file: VALUES_FILE });
    expect(formatProblem(problems[0]!)).toContain('at least one row for weeks (data/indicators/indicators.csv, row 5)');
  });
});

describe('readIndicatorSuite refuses bad values, naming file, row, column, value and fix', () => {
  it('an unknown indicator_id, suggesting the closest', () => {
    const p = only(read(values(...GOOD, 'six-week,2026-09,50,88,,')).problems);
    expect(p).toMatchObject({ file: VALUES_FILE, row: 6, column: 'indicator_id', value: 'six-week', fix: 'Did you mean six-weeks?' });
  });

  it('an unknown indicator_id with nothing close, saying where to add it', () => {
    const p = only(read(values(...GOOD, 'exclusions,2026-09,,,12,')).problems);
    expect(p.fix).toBe(`Check the spelling, or add the indicator to ${DEFS_FILE} first.`);
  });

  it('a period that does not fit the frequency', () => {
    const p = only(read(values(...GOOD, 'appeals,2026-10,,,4,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'period', value: '2026-10' });
    expect(p.expected).toBe(`a quarter such as 2026-Q3 (Q3 is July to September), because appeals is quarterly (${DEFS_FILE}, row 3)`);
    expect(p.fix).toContain('change the indicator');
  });

  it('a period that is not a period at all', () => {
    const p = only(read(values(...GOOD, 'six-weeks,Sept 2026x,50,88,,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'period', value: 'Sept 2026x' });
    expect(p.expected).toMatch(/^a month such as 2026-10, a quarter such as 2026-Q3/);
  });

  it('a period that has not started', () => {
    const p = only(read(values(...GOOD, 'six-weeks,2026-12,50,88,,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'period', value: '2026-12', expected: 'a period that has started (this month is 2026-11)' });
  });

  it('a numerator above the denominator', () => {
    const p = only(read(values(...GOOD, 'six-weeks,2026-09,95,88,,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'numerator', value: '95', expected: 'a number no bigger than denominator (88)' });
    expect(p.fix).toContain('swapped');
  });

  it('a value that is not a number', () => {
    const p = only(read(values(...GOOD, 'weeks,2026-09,,,about 20,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'value', value: 'about 20' });
    expect(p.expected).toBe('a number such as 14 or 21.5, with no units or % sign, or blank');
  });

  it('a suppression symbol typed by hand, explaining the site hides small numbers itself', () => {
    const p = only(read(values(...GOOD, 'appeals,2026-Q2,,,c,')).problems);
    expect(p.expected).toBe('a number such as 14 or 21.5, with no units or % sign, or blank, but "c" is a symbol: type the real figure, and the site hides small numbers itself');
  });

  it('a percentage given a value but no numerator or denominator', () => {
    const p = only(read(values(...GOOD, 'six-weeks,2026-09,,,64,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'value', value: '64', expected: 'numerator and denominator, not value, because six-weeks is a percentage' });
    expect(p.fix).toContain('never typed');
  });

  it('a percentage with a numerator but no denominator', () => {
    const p = only(read(values(...GOOD, 'six-weeks,2026-09,50,,,')).problems);
    expect(p).toMatchObject({ column: 'denominator', expected: 'both numerator and denominator' });
  });

  it('a count given a numerator and denominator', () => {
    const p = only(read(values(...GOOD, 'appeals,2026-Q2,3,10,,')).problems);
    expect(p).toMatchObject({ column: 'numerator', value: '3', expected: 'the figure in value, because appeals is a count' });
  });

  it('a count that is not a whole number', () => {
    const p = only(read(values(...GOOD, 'appeals,2026-Q2,,,4.5,')).problems);
    expect(p).toMatchObject({ column: 'value', value: '4.5', expected: 'a whole number, 0 or more, because appeals is a count' });
  });

  it('a row with no figure and no note', () => {
    const p = only(read(values(...GOOD, 'weeks,2026-09,,,,')).problems);
    expect(p).toMatchObject({ column: 'value', expected: 'a figure, or a note saying why there is no figure for this period' });
  });

  it('a duplicate period for the same indicator, naming both rows', () => {
    const p = only(read(values(...GOOD, 'six-weeks,Oct-26,50,88,,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'period', value: 'Oct-26', expected: 'each period for six-weeks once' });
    expect(p.fix).toBe('It is also on row 2. Delete one of the two rows.');
  });

  it('the same period for two different indicators is fine', () => {
    expect(errors(read(values(...GOOD, 'weeks,2026-09,,,22,', 'six-weeks,2026-09,1,2,,')).problems)).toEqual([]);
  });

  it('lists every problem in one run', () => {
    const { problems } = read(values(...GOOD, 'six-week,2026-09,50,88,,', 'appeals,2026-10,,,4,', 'six-weeks,2026-09,95,88,,', 'weeks,2026-09,,,n/a,'));
    // In reading order: row by row, as a person works down the spreadsheet.
    expect(errors(problems).map((p) => `${p.row} ${p.column}`)).toEqual(['6 indicator_id', '7 period', '8 numerator', '9 value']);
  });
});

describe('readIndicatorSuite refuses bad indicator definitions', () => {
  const def = (row: string) => `${DEFS}\n${row}`;

  it('a target on an indicator whose better is neither', () => {
    const p = only(read(values(...GOOD), def('demand,Requests,How many requests.,count,requests,monthly,neither,100,,Case records,')).problems);
    expect(p).toMatchObject({ file: DEFS_FILE, row: 6, column: 'target', value: '100', expected: 'no target, because better is "neither"' });
    expect(p.fix).toContain('Set better to higher or lower');
  });

  it('a reserved id, because another page lives at that address', () => {
    for (const id of ['ehcp-timeliness', 'compare']) {
      const p = only(read(values(...GOOD), def(`${id},Plans,Plans.,count,plans,monthly,higher,,,Case records,`)).problems);
      expect(p).toMatchObject({ row: 6, column: 'id', value: id, expected: 'an id other than ehcp-timeliness or compare' });
    }
  });

  it('an id that cannot be a web address', () => {
    const p = only(read(values(...GOOD), def('Annual Reviews,Reviews,Reviews.,count,reviews,monthly,higher,,,Case records,')).problems);
    expect(p).toMatchObject({ column: 'id', value: 'Annual Reviews' });
  });

  it('a duplicate id', () => {
    const p = only(read(values(...GOOD), def('appeals,Appeals again,Appeals.,count,appeals,quarterly,lower,,,Case records,')).problems);
    expect(p).toMatchObject({ row: 6, column: 'id', value: 'appeals', expected: 'each indicator id once' });
  });

  it('an unknown measure, frequency or better lists the allowed words', () => {
    const { problems } = read(values(...GOOD), def('x-y,X,X.,ratio,%,weekly,up,,,Case records,'));
    expect(errors(problems).map((p) => `${p.column}: ${p.expected}`)).toEqual([
      'measure: one of: percentage, count, average',
      'frequency: one of: monthly, quarterly, annual',
      'better: one of: higher, lower, neither',
    ]);
  });

  it('a percentage target over 100, a percentage without %, and target_by without a target', () => {
    const { problems } = read(values(...GOOD), def('pc,Share,Share.,percentage,per cent,monthly,higher,120,,Case records,') + '\n' + 'n,Count,Count.,count,things,monthly,higher,,2027-03,Case records,');
    expect(errors(problems).map((p) => `${p.row} ${p.column}`)).toEqual(['6 unit', '6 target', '7 target_by']);
  });

  it('a misspelt column, suggesting the right one', () => {
    const p = only(read(values(...GOOD), DEFS.replace('plan_areas', 'plan_area')).problems);
    expect(p).toMatchObject({ row: 1, column: 'plan_area', fix: 'Did you mean plan_areas?' });
  });

  it('still checks the values of an indicator whose own row has a mistake, so one run finds everything', () => {
    const { problems } = read(values(...GOOD, 'demand,2026-10,,,12,', 'demand,2026-10,,,13,'), def('demand,Requests,How many.,count,requests,monthly,neither,100,,Case records,'));
    expect(errors(problems).map((p) => `${p.file === DEFS_FILE ? 'indicators' : 'values'} ${p.row} ${p.column}`)).toEqual(['indicators 6 target', 'values 7 period']);
  });

  it('does not call a value unknown when its indicator row has another mistake', () => {
    const { problems } = read(values(...GOOD, 'demand,2026-10,,,12,'), def('demand,Requests,How many.,count,requests,monthly,neither,100,,Case records,'));
    expect(errors(problems).map((p) => p.column)).toEqual(['target']);
  });
});

describe('a period not yet begun, at its turning points', () => {
  const at = (row: string, today: Date) =>
    readIndicatorSuite({ path: DEFS_FILE, bytes: enc(DEFS) }, { path: VALUES_FILE, bytes: enc(values(row)) }, today).problems.filter((p) => p.column === 'period');
  it('is refused until its first month has begun in England', () => {
    expect(at('six-weeks,2027-07,1,2,,', T.lastMinuteOfJune)).toEqual([expect.objectContaining({ value: '2027-07', expected: 'a period that has started (this month is 2027-06)' })]);
    expect(at('six-weeks,2027-07,1,2,,', T.firstMinuteOfJuly)).toEqual([]);
    expect(at('appeals,2028-Q1,,,7,', T.lastMinuteOfYear)).toHaveLength(1);
    expect(at('appeals,2028-Q1,,,7,', T.firstMinuteOfYear)).toEqual([]);
    expect(at('survey,2028,120,400,,', T.leapDay)).toEqual([]);
  });
});
