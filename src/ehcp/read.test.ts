import { TURNING_POINTS as T } from '../core/__fixtures__/uk-time';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEhcpNational, readEhcpTimeliness } from './read';
import { formatProblem } from '../core/problems';

const FILE = 'data/ehcp-timeliness.csv';
const TODAY = new Date('2026-11-22T12:00:00Z');
const HEADER = 'month,plans_issued_den,plans_issued_within_20_weeks,plans_issued_den_ex,plans_issued_20_weeks_ex,requests_received,note';
const read = (csv: string) => readEhcpTimeliness(new TextEncoder().encode(csv), FILE, TODAY);
const messages = (csv: string) => read(csv).problems.map(formatProblem);

describe('readEhcpTimeliness', () => {
  it('reads good rows in any month format and sorts them oldest first', () => {
    const { value, problems } = read(`${HEADER}\r\nOct-26,"1,091",658,1000,640,120,A note\r\n01/09/2026,88,46,,,,\r\n`);
    expect(problems).toEqual([]);
    expect(value).toEqual([
      { month: '2026-09', plans_issued_den: 88, plans_issued_within_20_weeks: 46, plans_issued_den_ex: undefined, plans_issued_20_weeks_ex: undefined, requests_received: undefined, note: undefined },
      { month: '2026-10', plans_issued_den: 1091, plans_issued_within_20_weeks: 658, plans_issued_den_ex: 1000, plans_issued_20_weeks_ex: 640, requests_received: 120, note: 'A note' },
    ]);
  });

  it('works with only the required columns', () => {
    expect(read('month,plans_issued_den,plans_issued_within_20_weeks\n2026-10,10,5\n').problems).toEqual([]);
  });

  it('reports every problem in one run, with row, column, value and expectation', () => {
    expect(
      messages(`${HEADER}\n2026-13,10,5,,,,\n2026-09,-3,2,,,,\n2026-08,10,12,,,,\n2026-07,ten,5,,,,\n2027-01,10,5,,,,\n2026-06,10,5,9,,,\n2026-05,10,5,11,4,,\n2026-04,10,5,,,,\n2026-04,10,5,,,,\n`),
    ).toEqual([
      'Error: data/ehcp-timeliness.csv, row 2, column "month": Found "2026-13". Expected a month such as 2026-10 (Oct-26, 01/10/2026 and October 2026 also work), but there is no month 13.',
      'Error: data/ehcp-timeliness.csv, row 3, column "plans_issued_den": Found "-3". Expected a whole number, 0 or more (it cannot be negative).',
      'Error: data/ehcp-timeliness.csv, row 5, column "plans_issued_den": Found "ten". Expected a whole number, 0 or more, such as 42 (1,234 is fine too).',
      'Error: data/ehcp-timeliness.csv, row 4, column "plans_issued_within_20_weeks": Found "12". Expected a number no bigger than plans_issued_den (10). Plans issued within 20 weeks are part of all plans issued, so they cannot be more. Check the two columns are not swapped.',
      'Error: data/ehcp-timeliness.csv, row 6, column "month": Found "2027-01". Expected a month that has started (this month is 2026-11 or earlier). Check the year: figures cannot be published for a month that has not begun.',
      'Error: data/ehcp-timeliness.csv, row 7, column "plans_issued_20_weeks_ex": Found an empty cell. Expected both figures excluding exceptions, or neither. Fill in both columns for this month or leave both empty.',
      'Error: data/ehcp-timeliness.csv, row 8, column "plans_issued_den_ex": Found "11". Expected a number no bigger than plans_issued_den (10). Plans excluding exceptions are some of all plans issued, so they cannot be more.',
      'Error: data/ehcp-timeliness.csv, row 10, column "month": Found "2026-04". Expected each month once. It is also on row 9. Delete one of the two rows.',
    ]);
  });

  it('quotes a month as it was typed, not as it was read', () => {
    expect(messages(`${HEADER}\nNov 2027,10,5,,,,\n`)).toEqual([
      'Error: data/ehcp-timeliness.csv, row 2, column "month": Found "Nov 2027". Expected a month that has started (this month is 2026-11 or earlier). Check the year: figures cannot be published for a month that has not begun.',
    ]);
  });

  it('treats the same month written two ways as a duplicate', () => {
    expect(messages(`${HEADER}\nOct-26,10,5,,,,\n2026-10-01,10,5,,,,\n`)).toEqual([
      'Error: data/ehcp-timeliness.csv, row 3, column "month": Found "2026-10-01". Expected each month once. It is also on row 2. Delete one of the two rows.',
    ]);
  });

  it('allows the current month but not the next', () => {
    expect(read(`${HEADER}\n2026-11,10,5,,,,\n`).problems).toEqual([]);
    expect(read(`${HEADER}\n2026-12,10,5,,,,\n`).problems).toHaveLength(1);
  });

  it('accepts a file with a header and no rows: a new area before its first figures', () => {
    expect(read(`${HEADER}\n`)).toEqual({ value: [], problems: [] });
  });

  it('reports a misspelt header once, not again on every row', () => {
    expect(messages('month,plans_issued_den,plans_issued_within_20_week\n2026-10,10,5\n2026-09,10,5\n')).toEqual([
      'Error: data/ehcp-timeliness.csv, row 1, column "plans_issued_within_20_week": Found "plans_issued_within_20_week". Expected one of the columns month, plans_issued_den, plans_issued_within_20_weeks, plans_issued_den_ex, plans_issued_20_weeks_ex, requests_received, note. Did you mean plans_issued_within_20_weeks?',
      'Error: data/ehcp-timeliness.csv, row 1, column "plans_issued_within_20_weeks": Expected a column called plans_issued_within_20_weeks. The column "plans_issued_within_20_week" may be a misspelling of it.',
    ]);
  });

  it('reads the shipped sample data with no problems and at least 36 months', () => {
    const { value, problems } = readEhcpTimeliness(readFileSync('tests/sample/data/ehcp-timeliness.csv'), FILE, TODAY);
    expect(problems).toEqual([]);
    expect(value.length).toBeGreaterThanOrEqual(36);
    expect(value.some((m) => m.note)).toBe(true);
    expect(value.some((m) => m.plans_issued_within_20_weeks >= 1 && m.plans_issued_within_20_weeks <= 4)).toBe(true);
  });
});

describe('readEhcpNational', () => {
  it('reads years and DfE symbols', () => {
    const { value, problems } = readEhcpNational(new TextEncoder().encode('time_period,pc_plans_issued_within_20_weeks,pc_plans_issued_20_weeks_ex\n2024,45.9,46.4\n2019,58.7,x\n'), 'data/ehcp-national.csv');
    expect(problems).toEqual([]);
    expect(value).toEqual([
      { time_period: 2019, pc_plans_issued_within_20_weeks: 58.7, pc_plans_issued_20_weeks_ex: undefined },
      { time_period: 2024, pc_plans_issued_within_20_weeks: 45.9, pc_plans_issued_20_weeks_ex: 46.4 },
    ]);
  });

  it('rejects a year that is not a year, a percentage over 100 and a repeated year', () => {
    const { problems } = readEhcpNational(new TextEncoder().encode('time_period,pc_plans_issued_within_20_weeks\n2024/25,45.9\n2023,146\n2022,40\n2022,41\n'), 'data/ehcp-national.csv');
    expect(problems.map((p) => [p.row, p.column, p.expected])).toEqual([
      [2, 'time_period', 'a calendar year such as 2024'],
      [3, 'pc_plans_issued_within_20_weeks', 'a percentage from 0 to 100, such as 46.4, or blank'],
      [5, 'time_period', 'each year once'],
    ]);
  });
});

describe('a month not yet begun, at its turning points', () => {
  const future = (month: string, today: Date) =>
    readEhcpTimeliness(new TextEncoder().encode(`${HEADER}\n${month},10,5,,,,\n`), FILE, today).problems.filter((p) => p.column === 'month');
  it('is refused until the month has begun in England', () => {
    expect(future('2027-07', T.lastMinuteOfJune)).toEqual([expect.objectContaining({ value: '2027-07', expected: 'a month that has started (this month is 2027-06 or earlier)' })]);
    // 00:30 on 1 July in summer time is 30 June in UTC: July has begun in England.
    expect(future('2027-07', T.firstMinuteOfJuly)).toEqual([]);
    expect(future('2028-01', T.lastMinuteOfYear)).toHaveLength(1);
    expect(future('2028-01', T.firstMinuteOfYear)).toEqual([]);
    expect(future('2028-02', T.leapDay)).toEqual([]);
  });
});
