import { TURNING_POINTS as T } from '../__fixtures__/uk-time';
import { HISTORY_DESCRIPTIONS } from '../../build/registry';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems';
import { readChanges } from './changes';
import { guardHistory, withoutRepeatedWarnings, type Snapshot } from './guard';

const bytes = (s: string) => new TextEncoder().encode(s);
const snap = (files: Record<string, string>): Snapshot => new Map(Object.entries(files).map(([k, v]) => [k, bytes(v)]));
const today = new Date('2026-11-22T12:00:00Z');
const changes = (csv: string) => readChanges(bytes(`date,file,what,why\n${csv}`), 'data/changes.csv', today).value;

const EHCP_HEAD = 'month,plans_issued_den,plans_issued_within_20_weeks\n';
const EHCP = `${EHCP_HEAD}2026-07,80,40\n2026-08,95,60\n2026-09,103,62\n2026-10,103,66\n`;

function guard(before: Record<string, string>, after: Record<string, string>, log = '') {
  return guardHistory({ before: snap(before), after: snap(after), display: (p) => `data/${p}`, changes: changes(log), today: '2026-11-22', datasets: HISTORY_DESCRIPTIONS });
}

describe('months that disappear', () => {
  it('are errors naming each month and its row in the published file', () => {
    const { problems, removed } = guard({ 'ehcp-timeliness.csv': EHCP }, { 'ehcp-timeliness.csv': `${EHCP_HEAD}2026-10,103,66\n` });
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/ehcp-timeliness.csv: Expected July 2026 (row 2 of the version last published) to be in this file too. Nothing published is taken away without a reason. Put its row back. If it must go, say why in data/changes.csv, with a line such as: 2026-11-22,data/ehcp-timeliness.csv,2026-07,<why, in plain English>',
      expect.stringContaining('Expected August 2026 (row 3 of the version last published)'),
      expect.stringContaining('Expected September 2026 (row 4 of the version last published)'),
    ]);
    expect(removed.map((r) => r.key)).toEqual(['2026-07', '2026-08', '2026-09']);
  });

  it('are accepted when data/changes.csv names them, in any form of month', () => {
    const after = { 'ehcp-timeliness.csv': `${EHCP_HEAD}2026-09,103,62\n2026-10,103,66\n` };
    expect(guard({ 'ehcp-timeliness.csv': EHCP }, after, '2026-11-20,data/ehcp-timeliness.csv,Jul-26;2026-08,Counted twice.\n').problems).toEqual([]);
    // A line for another file does not count.
    expect(guard({ 'ehcp-timeliness.csv': EHCP }, after, '2026-11-20,data/services.csv,2026-07;2026-08,No.\n').problems).toHaveLength(2);
  });

  it('do not include a month re-typed as Excel writes it', () => {
    expect(guard({ 'ehcp-timeliness.csv': EHCP }, { 'ehcp-timeliness.csv': EHCP.replace('2026-07', 'Jul-26') }).problems).toEqual([]);
  });

  it('are not looked for in a file that cannot be read (its own check explains)', () => {
    expect(guard({ 'ehcp-timeliness.csv': EHCP }, { 'ehcp-timeliness.csv': 'mnth,plans\n2026-10,1\n' }).problems).toEqual([]);
  });
});

describe('a published file that has gone', () => {
  it('is an error saying not to start again from the template, and the cause of its "missing file"', () => {
    const { problems } = guard({ 'ehcp-timeliness.csv': EHCP }, {});
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/ehcp-timeliness.csv: Expected this file, published with 4 months, to stay. Put the published file back (on GitHub, from the main branch) and make your change in it: ' +
        'a new copy of the template would take every published month off the site. If the file must go, say why in data/changes.csv, with a line such as: 2026-11-22,data/ehcp-timeliness.csv,whole file,<why, in plain English>',
    ]);
    expect(problems[0]!.cause).toEqual({ words: 'data/ehcp-timeliness.csv, published with 4 months, has gone', files: ['data/ehcp-timeliness.csv'] });
  });

  it('is fine when the change log says why the whole file went', () => {
    expect(guard({ 'ehcp-timeliness.csv': EHCP }, {}, '2026-11-20,data/ehcp-timeliness.csv,whole file,We stopped publishing these figures.\n').problems).toEqual([]);
  });
});

describe('a row that has gone', () => {
  it('is the cause of the problems that name it elsewhere: its month, its id', () => {
    const { problems } = guard({ 'ehcp-timeliness.csv': EHCP }, { 'ehcp-timeliness.csv': EHCP.replace('2026-09,103,62\n', '') });
    expect(problems[0]!.cause).toEqual({ words: 'September 2026 is missing from data/ehcp-timeliness.csv', values: ['2026-09'] });
  });
});

describe('revised figures', () => {
  it('are errors without a reason, for a month before the newest: put back the old figure, or say why', () => {
    const after = EHCP.replace('2026-08,95,60', '2026-08,97,60').replace('2026-10,103,66', '2026-10,104,66');
    const { problems, revisions } = guard({ 'ehcp-timeliness.csv': EHCP }, { 'ehcp-timeliness.csv': after });
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/ehcp-timeliness.csv, row 3, column "plans_issued_den": Found "97". Expected 95, the figure for plans issued published for August 2026, unless this is a revision with its reason in data/changes.csv. ' +
        'A published figure changes only with a reason. Put back 95, or say why in data/changes.csv, with a line such as: 2026-11-22,data/ehcp-timeliness.csv,2026-08,<why, in plain English> ' +
        'The page will then mark August 2026 as revised (95 to 97), with the reason.',
    ]);
    // The newest month (October) may still be corrected without being "revised".
    expect(revisions).toEqual([expect.objectContaining({ key: '2026-08', column: 'plans_issued_den', before: 95, after: 97, file: 'data/ehcp-timeliness.csv', dataset: 'ehcp-timeliness' })]);
  });

  it('are warnings quoting the reason when a new line of the change log names the month', () => {
    const after = { 'ehcp-timeliness.csv': EHCP.replace('2026-08,95,60', '2026-08,97,60') };
    const { problems } = guard({ 'ehcp-timeliness.csv': EHCP }, after, '2026-11-20,data/ehcp-timeliness.csv,Aug-26,Two plans were recorded late.\n');
    expect(problems.map(formatProblem)).toEqual([
      'Warning: data/ehcp-timeliness.csv, row 3, column "plans_issued_den": Found "97". Expected 95, the figure for plans issued published for August 2026: this is a revision, because two plans were recorded late. ' +
        'The page will mark August 2026 as revised, with the old and new figures, the date and the reason, and the revisions log will list it. If it is a mistake, put back 95.',
    ]);
  });

  it('need a reason of their own: a line already published, for an earlier revision, does not explain a new one', () => {
    const log = 'date,file,what,why\n2026-09-01,data/ehcp-timeliness.csv,2026-08,Two plans were recorded late.\n';
    const revised = EHCP.replace('2026-08,95,60', '2026-08,97,60');
    const before = { 'ehcp-timeliness.csv': revised, 'changes.csv': log };
    const again = { 'ehcp-timeliness.csv': revised.replace('2026-08,97,60', '2026-08,99,60'), 'changes.csv': log };
    expect(guardHistory({ before: snap(before), after: snap(again), display: (p) => `data/${p}`, changes: changes('2026-09-01,data/ehcp-timeliness.csv,2026-08,Two plans were recorded late.\n'), today: '2026-11-22', datasets: HISTORY_DESCRIPTIONS }).problems).toEqual([
      expect.objectContaining({ severity: 'error', row: 3, value: '99' }),
    ]);
  });

  it('are not reported when a new month is added', () => {
    expect(guard({ 'ehcp-timeliness.csv': EHCP }, { 'ehcp-timeliness.csv': `${EHCP}2026-11,95,61\n` }).problems).toEqual([]);
  });
});

const REVIEW_HEAD = 'action_id,area_id,action,lead,due,status,update,evidence_url\n';
const review = (...rows: string[]) => REVIEW_HEAD + rows.map((r) => `${r},A1,Do it,Lead,2026-10,on track,,\n`).join('');
const REVIEW_JULY = review('4.1', '4.9', '4.10');

describe('improvement-plan actions', () => {
  it('missing from a new review are errors naming the row in the newest review published', () => {
    const before = { 'improvement-plan/reviews/2026-07-10.csv': REVIEW_JULY };
    const after = { ...before, 'improvement-plan/reviews/2026-11-13.csv': review('4.1', '4.9') };
    const { problems, removed } = guard(before, after);
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/improvement-plan/reviews/2026-11-13.csv: Expected action 4.10 (row 4 of data/improvement-plan/reviews/2026-07-10.csv, the newest one published) to be in this file too. ' +
        'Nothing published is taken away without a reason. Put its row back. If it was replaced, say so in the update of the action that replaces it ("Replaces 4.10"). ' +
        'If it must go, say why in data/changes.csv, with a line such as: 2026-11-22,data/improvement-plan/reviews/2026-11-13.csv,4.10,<why, in plain English>',
    ]);
    expect(removed).toEqual([{ file: 'data/improvement-plan/reviews/2026-11-13.csv', key: '4.10' }]);
  });

  it('are accepted when an update says what replaced them, or the change log names the folder', () => {
    const before = { 'improvement-plan/reviews/2026-07-10.csv': REVIEW_JULY };
    const replaced = review('4.1').concat('4.9,A1,Do it,Lead,2026-10,on track,Replaces 4.10,\n');
    expect(guard(before, { ...before, 'improvement-plan/reviews/2026-11-13.csv': replaced }).problems).toEqual([]);
    const after = { ...before, 'improvement-plan/reviews/2026-11-13.csv': review('4.1', '4.9') };
    expect(guard(before, after, '2026-11-13,data/improvement-plan/reviews/,4.10,Dropped by the board.\n').problems).toEqual([]);
  });

  it('taken out of a published review are errors too, and a deleted review file is one error', () => {
    const before = { 'improvement-plan/reviews/2026-03-13.csv': REVIEW_JULY, 'improvement-plan/reviews/2026-07-10.csv': REVIEW_JULY };
    const { problems } = guard(before, { 'improvement-plan/reviews/2026-07-10.csv': review('4.1', '4.10') });
    expect(problems.map((p) => `${p.file}: ${p.expected}`)).toEqual([
      'data/improvement-plan/reviews/2026-03-13.csv: this file, published with 3 actions, to stay: every published file is part of the history',
      'data/improvement-plan/reviews/2026-07-10.csv: action 4.9 (row 3 of the version last published) to be in this file too',
    ]);
    const acknowledged = guard(before, { 'improvement-plan/reviews/2026-07-10.csv': REVIEW_JULY }, '2026-11-20,data/improvement-plan/reviews/2026-03-13.csv,whole file,Added by mistake.\n');
    expect(acknowledged.problems).toEqual([]);
  });

  it('the plan’s own warning about the same action is not repeated', () => {
    const warning = { file: 'data/improvement-plan/reviews/2026-11-13.csv', severity: 'warning' as const, expected: 'action 4.10 (row 4 of …) to be in this review too' };
    const other = { ...warning, expected: 'action 4.11 (row 5 of …) to be in this review too' };
    expect(withoutRepeatedWarnings([warning, other], [{ file: warning.file, key: '4.10' }])).toEqual([other]);
  });
});

const SERVICES_HEAD = 'id,name,organisation,description,categories,needs,age_min,age_max,area,cost,referral,last_reviewed\n';
const services = (n: number) => SERVICES_HEAD + Array.from({ length: n }, (_, i) => `s${i + 1},Service ${i + 1},Org,Text,play,autism,0,25,all,free,self,2026-10-01\n`).join('');

describe('the directory', () => {
  it('shrinking by more than 10% is an error naming the count, besides each service', () => {
    const { problems } = guard({ 'services.csv': services(40) }, { 'services.csv': services(30) });
    expect(formatProblem(problems[0]!)).toBe(
      'Error: data/services.csv: Found "30 services". Expected no more than 10% of the services to go in one change. The version last published has 40 services; this one has 30: 10 fewer (25%). ' +
        'A file exported with rows missing would take them off the site. Export it again with every row. If the services really have gone, list each one\'s id in data/changes.csv.',
    );
    expect(problems).toHaveLength(11);
    expect(problems[1]!.expected).toBe('the service "Service 31" (id s31) (row 32 of the version last published) to be in this file too');
  });

  it('losing a few services with reasons in the change log is fine', () => {
    expect(guard({ 'services.csv': services(40) }, { 'services.csv': services(37) }, '2026-11-01,data/services.csv,s38;s39;s40,Closed.\n').problems).toEqual([]);
  });
});

describe('the change log', () => {
  it('a line taken out of it is an error', () => {
    const log = 'date,file,what,why\n2026-09-30,data/services.csv,s1,Closed.\n';
    const { problems } = guard({ 'changes.csv': log }, { 'changes.csv': 'date,file,what,why\n' });
    expect(problems[0]!.expected).toBe('the line "2026-09-30, data/services.csv, s1" (row 2 of the version last published) to be in this file too');
  });
});

describe('an action id a spreadsheet turned into a number', () => {
  it('says so first when 4.10 went and one more 4.1 came', () => {
    const before = { 'improvement-plan/reviews/2026-07-10.csv': REVIEW_JULY };
    const after = { ...before, 'improvement-plan/reviews/2026-11-13.csv': review('4.1', '4.9', '4.1') };
    expect(guard(before, after).problems[0]!.fix).toMatch(/^A spreadsheet has probably turned 4\.10 into the number 4\.1: change it back and keep the action_id column as Text/);
  });
});

describe('indicator values', () => {
  const HEAD = 'indicator_id,period,numerator,denominator,value,note\n';
  const VALUES = `${HEAD}decisions,2026-08,60,100,,\ndecisions,2026-09,64,100,,\nweeks,2026-Q2,,,18.5,\nweeks,2026-Q3,,,17.0,\n`;

  it('a past period whose figure changed is a revision, per indicator; the newest period of each is not', () => {
    const after = VALUES.replace('decisions,2026-08,60', 'decisions,2026-08,61').replace('weeks,2026-Q2,,,18.5', 'weeks,2026-Q2,,,18.25').replace('decisions,2026-09,64', 'decisions,2026-09,65');
    const { revisions, problems } = guard({ 'indicators/values.csv': VALUES }, { 'indicators/values.csv': after });
    expect(revisions.map((r) => [r.key, r.label, r.column, r.before, r.after])).toEqual([
      ['decisions 2026-08', 'decisions, August 2026', 'numerator', 60, 61],
      ['weeks 2026-Q2', 'weeks, April to June 2026', 'value', 18.5, 18.25],
    ]);
    expect(problems.map((p) => [p.severity, p.row, p.column])).toEqual([['error', 2, 'numerator'], ['error', 4, 'value']]);
  });

  it('a value that went is an error, unless the change log names its id and period', () => {
    const after = VALUES.replace('weeks,2026-Q2,,,18.5,\n', '');
    expect(guard({ 'indicators/values.csv': VALUES }, { 'indicators/values.csv': after }).problems[0]!.expected).toBe('weeks, April to June 2026 (row 4 of the version last published) to be in this file too');
    expect(guard({ 'indicators/values.csv': VALUES }, { 'indicators/values.csv': after }, '2026-11-20,data/indicators/values.csv,weeks Q2 2026,Counted twice.\n').problems).toEqual([]);
  });
});

describe('a change log date, at its turning points', () => {
  const dated = (date: string, today: Date) => readChanges(bytes(`date,file,what,why\n${date},data/services.csv,x,Closed.\n`), 'data/changes.csv', today).problems;
  it('may be today in England, never tomorrow', () => {
    expect(dated('2027-07-01', T.firstMinuteOfJuly)).toEqual([]);
    expect(dated('2027-07-01', T.lastMinuteOfJune)).toEqual([expect.objectContaining({ column: 'date', value: '2027-07-01', expected: 'the date the change was made, today (30 June 2027) or earlier' })]);
    expect(dated('2028-01-01', T.lastMinuteOfYear)).toHaveLength(1);
    expect(dated('2028-02-29', T.leapDay)).toEqual([]);
  });
});
