import { describe, expect, it } from 'vitest';
import { dueDeadline, parseDue } from './schema';
import { mentionsAction } from './checks';
import { readImprovementPlan } from './read';
import { reviewDateFromPath } from './review-files';
import { statusFix } from './status-words';
import { type SourceFile } from '../core/csv';
import { formatProblem, hasErrors } from '../core/problems';

const TODAY = new Date('2026-11-22T12:00:00Z');
const AREAS_PATH = 'data/improvement-plan/areas.csv';
const REVIEWS = 'data/improvement-plan/reviews';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string): SourceFile => ({ path, bytes: encode(text) });

const AREAS = [
  'area_id,title,finding,plan,revisit_outcome,revisit_date',
  'A1,EHCP timeliness,Plans were late.,WSoA 2023,sufficient progress,2025-09-19',
  'A2,Therapies,Waits were long.,APP 2025,not sufficient progress,19/09/2025',
  'A3,Website,Families could not find information.,WSoA 2023,,',
].join('\n');

const HEADER = 'action_id,area_id,action,lead,due,status,update,evidence_url';

function review(date: string, rows: string[]): SourceFile {
  return file(`${REVIEWS}/${date}.csv`, [HEADER, ...rows].join('\n'));
}

const GOOD_ROWS = [
  '1.1,A1,Hire more caseworkers,Head of SEND Services,2025-06,achieved,Done in May.,https://www.northbrook.example/report',
  '2.1,A2,Commission speech therapy,Designated Clinical Officer,2025-12-31,On Track,,',
  '3.1,A3,Rebuild the website,Head of Communications,Oct-25,partly  achieved,Half the pages are live.,',
];

function read(areas: string, reviews: SourceFile[]) {
  return readImprovementPlan(file(AREAS_PATH, areas), reviews, TODAY);
}

function messages(areas: string, reviews: SourceFile[]): string[] {
  return read(areas, reviews).problems.map(formatProblem);
}

describe('readImprovementPlan: good input', () => {
  it('reads areas and reviews, oldest review first, with no problems', () => {
    const result = read(AREAS, [review('2025-11-14', GOOD_ROWS), review('2025-07-11', GOOD_ROWS)]);
    expect(result.problems).toEqual([]);
    expect(result.value.reviews.map((r) => r.date)).toEqual(['2025-07-11', '2025-11-14']);
    expect(result.value.reviews[1]?.file).toBe(`${REVIEWS}/2025-11-14.csv`);
    expect(result.value.areas[1]).toEqual({
      area_id: 'A2',
      title: 'Therapies',
      finding: 'Waits were long.',
      plan: 'APP 2025',
      revisit_outcome: 'not sufficient progress',
      revisit_date: '2025-09-19',
    });
    expect(result.value.areas[2]?.revisit_outcome).toBeUndefined();
  });

  it('forgives case and spacing in status and reads months and dates as due', () => {
    const actions = read(AREAS, [review('2025-11-14', GOOD_ROWS)]).value.reviews[0]!.actions;
    expect(actions.map((a) => a.status)).toEqual(['achieved', 'on track', 'partly achieved']);
    expect(actions.map((a) => a.due)).toEqual(['2025-06', '2025-12-31', '2025-10']);
    expect(actions[0]?.evidence_url).toBe('https://www.northbrook.example/report');
    expect(actions[1]?.update).toBeUndefined();
    expect(actions[1]?.evidence_url).toBeUndefined();
  });

  it('accepts review files without the optional columns', () => {
    const rows = ['action_id,area_id,action,lead,due,status', '1.1,A1,Hire,Head of SEND Services,2025-06,achieved', '2.1,A2,Therapy,DCO,2025-06,delayed', '3.1,A3,Web,Comms,2025-06,delayed'];
    const result = read('area_id,title,finding,plan\nA1,T,F,P\nA2,T,F,P\nA3,T,F,P', [file(`${REVIEWS}/2025-11-14.csv`, rows.join('\n'))]);
    expect(result.problems).toEqual([]);
    expect(result.value.reviews[0]?.actions).toHaveLength(3);
  });
});

describe('readImprovementPlan: problems', () => {
  it('rejects an unknown status, listing the allowed ones', () => {
    const rows = [...GOOD_ROWS.slice(0, 2), '3.1,A3,Rebuild the website,Head of Communications,2025-10,finished,,'];
    expect(messages(AREAS, [review('2025-11-14', rows)])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.csv, row 4, column "status": Found "finished". Expected one of: achieved, on track, partly achieved, delayed, not started.`,
    ]);
  });

  it('suggests our word for a common synonym, and explains why colours are refused', () => {
    const rows = [GOOD_ROWS[0]!.replace('achieved', 'Completed'), GOOD_ROWS[1]!.replace('On Track', 'Green'), GOOD_ROWS[2]!];
    expect(messages(AREAS, [review('2025-11-14', rows)])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.csv, row 2, column "status": Found "Completed". Expected one of: achieved, on track, partly achieved, delayed, not started. Did you mean "achieved"?`,
      `Error: ${REVIEWS}/2025-11-14.csv, row 3, column "status": Found "Green". Expected one of: achieved, on track, partly achieved, delayed, not started. Use the words rather than a red, amber or green rating: colour alone does not tell everyone what it means.`,
    ]);
  });

  it('rejects an area_id that is not in areas.csv and suggests the closest', () => {
    const rows = [...GOOD_ROWS, '3.2,a3,Add a search box,Head of Communications,2026-10,on track,,'];
    expect(messages(AREAS, [review('2025-11-14', rows)])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.csv, row 5, column "area_id": Found "a3". Expected an area_id from ${AREAS_PATH} (A1, A2, A3). Did you mean A3?`,
    ]);
  });

  it('names both rows when an action_id is used twice in one review', () => {
    const rows = [...GOOD_ROWS, '1.1,A1,Check plan quality,Head of SEND Services,2026-10,on track,,'];
    expect(messages(AREAS, [review('2025-11-14', rows)])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.csv, row 5, column "action_id": Found "1.1". Expected each action_id once in a review. Rows 2 and 5 both use 1.1. If they are the same action, delete one row; if they are different actions, give one of them a new action_id.`,
    ]);
  });

  it('rejects a due date that is neither a date nor a month', () => {
    const rows = [GOOD_ROWS[0]!, GOOD_ROWS[1]!.replace('2025-12-31', 'TBC'), GOOD_ROWS[2]!.replace('Oct-25', '2025-02-30')];
    expect(messages(AREAS, [review('2025-11-14', rows)])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.csv, row 3, column "due": Found "TBC". Expected a due date such as 2026-10-31, or a month such as 2026-10 (31/10/2026 and Oct-26 also work), but it is not in a form we recognise.`,
      `Error: ${REVIEWS}/2025-11-14.csv, row 4, column "due": Found "2025-02-30". Expected a due date such as 2026-10-31, or a month such as 2026-10 (31/10/2026 and Oct-26 also work), but "2025-02-30" is not a real date.`,
    ]);
  });

  it('rejects an evidence_url that is not an http or https link', () => {
    const rows = [
      GOOD_ROWS[0]!.replace('https://www.northbrook.example/report', 'S:\\SEND\\report.docx'),
      `${GOOD_ROWS[1]!}www.northbrook.example/report`,
      `${GOOD_ROWS[2]!}ftp://files.northbrook.example/report`,
    ];
    const expected = 'Expected a web address starting with https:// or http://, such as https://www.example.gov.uk/send-report.pdf, or an empty cell';
    expect(messages(AREAS, [review('2025-11-14', rows)])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.csv, row 2, column "evidence_url": Found "S:\\SEND\\report.docx". ${expected}.`,
      `Error: ${REVIEWS}/2025-11-14.csv, row 3, column "evidence_url": Found "www.northbrook.example/report". ${expected} (add https:// to the start of this one).`,
      `Error: ${REVIEWS}/2025-11-14.csv, row 4, column "evidence_url": Found "ftp://files.northbrook.example/report". ${expected}.`,
    ]);
  });

  it('reports a review file name that is not a real date as a whole-file problem, and leaves it out of the history', () => {
    const result = read(AREAS, [
      file(`${REVIEWS}/July review.csv`, [HEADER, ...GOOD_ROWS].join('\n')),
      review('2025-02-30', GOOD_ROWS),
      review('2025-11-14', GOOD_ROWS),
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      `Error: ${REVIEWS}/July review.csv: Found "July review.csv". Expected a file name that is the date of the review, such as 2026-07-10.csv. Rename the file to the date of the review as year-month-day, so the site knows the order of the reviews.`,
      `Error: ${REVIEWS}/2025-02-30.csv: Found "2025-02-30.csv". Expected a file name that is the date of the review, such as 2026-07-10.csv. 2025-02-30 is not a real date. Check the day and month.`,
    ]);
    expect(result.problems[0]?.row).toBeUndefined();
    expect(result.value.reviews.map((r) => r.date)).toEqual(['2025-11-14']);
  });

  it('rejects a review dated in the future', () => {
    expect(messages(AREAS, [review('2027-03-12', GOOD_ROWS)])).toEqual([
      `Error: ${REVIEWS}/2027-03-12.csv: Found "2027-03-12.csv". Expected a review date that has passed (today is 22 November 2026). Check the year in the file name. If the review has not happened yet, add the file after it has.`,
    ]);
  });

  it('warns when an action disappears between reviews, naming the action and both files', () => {
    const newAction = '2.2,A2,Recruit therapists,Designated Clinical Officer,2026-03,on track,,';
    const result = read(AREAS, [review('2025-07-11', GOOD_ROWS), review('2025-11-14', [GOOD_ROWS[0]!, newAction, GOOD_ROWS[2]!])]);
    expect(result.problems.map(formatProblem)).toEqual([
      `Warning: ${REVIEWS}/2025-11-14.csv: Expected action 2.1 (row 3 of ${REVIEWS}/2025-07-11.csv) to be in this review too, or an update that explains where it went. If it was replaced or merged, say so in the update of the action that replaces it, for example "Replaces 2.1". Otherwise add its row back with its current status.`,
    ]);
    expect(hasErrors(result.problems)).toBe(false);
  });

  it('warns about a dropped achieved action too, since the snapshot would undercount', () => {
    const newAction = '1.2,A1,Audit plan quality,Head of SEND Services,2026-03,on track,,';
    expect(messages(AREAS, [review('2025-07-11', GOOD_ROWS), review('2025-11-14', [newAction, ...GOOD_ROWS.slice(1)])])).toEqual([
      `Warning: ${REVIEWS}/2025-11-14.csv: Expected action 1.1 (row 2 of ${REVIEWS}/2025-07-11.csv) to be in this review too, or an update that explains where it went. It was achieved. Keep achieved actions in every later review with the status "achieved", so the count of achieved actions stays true.`,
    ]);
  });

  it('does not warn when the newer review explains where the action went', () => {
    const replacement = '2.2,A2,Commission one therapy service,Designated Clinical Officer,2026-03,on track,Replaces 2.1 after the revisit.,';
    expect(messages(AREAS, [review('2025-07-11', GOOD_ROWS), review('2025-11-14', [GOOD_ROWS[0]!, replacement, GOOD_ROWS[2]!])])).toEqual([]);
  });

  it('rejects a revisit outcome it does not know, and an outcome without a date', () => {
    const areas = [
      'area_id,title,finding,plan,revisit_outcome,revisit_date',
      'A1,EHCP timeliness,Plans were late.,WSoA 2023,good progress,2025-09-19',
      'A2,Therapies,Waits were long.,APP 2025,Not Sufficient Progress,',
      'A3,Website,Families could not find information.,WSoA 2023,sufficient progress,2027-01-10',
    ].join('\n');
    expect(messages(areas, [review('2025-11-14', GOOD_ROWS)])).toEqual([
      `Error: ${AREAS_PATH}, row 2, column "revisit_outcome": Found "good progress". Expected one of: sufficient progress, not sufficient progress, or blank.`,
      `Error: ${AREAS_PATH}, row 3, column "revisit_date": Found an empty cell. Expected the date of the revisit, because revisit_outcome is filled in. Add the date the inspectors revisited, such as 2025-09-19.`,
      `Error: ${AREAS_PATH}, row 4, column "revisit_date": Found "2027-01-10". Expected a date that has passed (today is 22 November 2026), because the outcome is already filled in. Check the year, or leave revisit_outcome empty until the revisit has happened.`,
    ]);
  });

  it('rejects a revisit date that is not a date, and a duplicate area_id', () => {
    const areas = [
      'area_id,title,finding,plan,revisit_outcome,revisit_date',
      'A1,EHCP timeliness,Plans were late.,WSoA 2023,,autumn',
      'A2,Therapies,Waits were long.,APP 2025,,',
      'A3,Website,Families could not find information.,WSoA 2023,,',
      'A3,Website again,Families could not find information.,WSoA 2023,,',
    ].join('\n');
    expect(messages(areas, [review('2025-11-14', GOOD_ROWS)])).toEqual([
      `Error: ${AREAS_PATH}, row 2, column "revisit_date": Found "autumn". Expected a date such as 2026-10-31 or 31/10/2026, or blank, but it is not in a form we recognise.`,
      `Error: ${AREAS_PATH}, row 5, column "area_id": Found "A3". Expected each area_id once. It is also on row 4. Delete one of the two rows.`,
    ]);
  });

  it('rejects an id with spaces', () => {
    const rows = [GOOD_ROWS[0]!.replace(/^1\.1/, 'Action 1'), ...GOOD_ROWS.slice(1)];
    expect(messages(AREAS, [review('2025-11-14', rows)])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.csv, row 2, column "action_id": Found "Action 1". Expected a short id of letters, numbers, dots or hyphens with no spaces, such as A1 or 2.3.`,
    ]);
  });

  it('reports no review files at all', () => {
    expect(messages(AREAS, [])).toEqual([
      'Error: data/improvement-plan/reviews/: Expected at least one review file, named after the date of the review, such as data/improvement-plan/reviews/2026-07-10.csv. Copy data/templates/improvement-plan-review.csv into that folder and rename it to the review date.',
    ]);
  });

  it('reports empty files, and warns about an area with no actions in the newest review', () => {
    expect(messages('area_id,title,finding,plan', [review('2025-11-14', [])])).toEqual([
      `Error: ${AREAS_PATH}, row 2: Expected at least one area of weakness below the header row.`,
      `Error: ${REVIEWS}/2025-11-14.csv, row 2: Expected at least one action below the header row.`,
    ]);
    expect(messages(AREAS, [review('2025-11-14', GOOD_ROWS.slice(0, 2))])).toEqual([
      `Warning: ${AREAS_PATH}, row 4, column "area_id": Found "A3". Expected at least one action for this area in the newest review, ${REVIEWS}/2025-11-14.csv. Check the area_id of its actions in the review file, or remove the area if it is no longer part of the plan.`,
    ]);
  });

  it('reports a misspelt column with a suggestion', () => {
    const bad = file(`${REVIEWS}/2025-11-14.csv`, [HEADER.replace('status', 'statis'), ...GOOD_ROWS].join('\n'));
    const found = messages(AREAS, [bad]);
    expect(found).toContain(
      `Error: ${REVIEWS}/2025-11-14.csv, row 1, column "statis": Found "statis". Expected one of the columns action_id, area_id, action, lead, due, status, update, evidence_url. Did you mean status?`,
    );
  });

  it('does not repeat a missing column as a problem on every action', () => {
    const noAreaIds = 'areaid,title,finding,plan\nA1,T,F,P';
    const found = messages(noAreaIds, [review('2025-11-14', GOOD_ROWS)]);
    expect(found.filter((m) => m.includes('reviews/'))).toEqual([]);
    const noActionIds = file(`${REVIEWS}/2025-11-14.csv`, [HEADER.replace('action_id', 'id'), ...GOOD_ROWS].join('\n'));
    const warnings = read(AREAS, [review('2025-07-11', GOOD_ROWS), noActionIds]).problems.filter((p) => p.severity === 'warning');
    expect(warnings).toEqual([]);
  });

  it('rejects two files for the same date', () => {
    expect(messages(AREAS, [review('2025-11-14', GOOD_ROWS), file(`${REVIEWS}/2025-11-14.CSV`, [HEADER, ...GOOD_ROWS].join('\n'))])).toEqual([
      `Error: ${REVIEWS}/2025-11-14.CSV: Expected one file per review date. ${REVIEWS}/2025-11-14.csv is for the same date. Delete one of the two files.`,
    ]);
  });

  it('collects every kind of problem in one run', () => {
    const rows = [
      '1.1,A9,Hire,Head of SEND Services,soon,done,,not a link',
      '1.1,A1,Hire,Head of SEND Services,2025-06,achieved,,',
    ];
    const result = read(AREAS, [file(`${REVIEWS}/latest.csv`, [HEADER, ...rows].join('\n')), review('2025-07-11', GOOD_ROWS)]);
    const columns = result.problems.map((p) => p.column ?? '(file)');
    expect(columns).toEqual(['(file)', 'due', 'status', 'evidence_url', 'action_id', 'area_id']);
  });
});

describe('helpers', () => {
  it('parseDue reads days and months', () => {
    expect(parseDue('2026-03')).toEqual({ ok: true, due: '2026-03' });
    expect(parseDue('31/03/2026')).toEqual({ ok: true, due: '2026-03-31' });
    expect(parseDue('March 2026')).toEqual({ ok: true, due: '2026-03' });
    expect(parseDue('13/2026')).toEqual({ ok: false, reason: 'there is no month 13' });
  });

  it('dueDeadline treats a month as its last day', () => {
    expect(dueDeadline('2026-02')).toBe('2026-02-28');
    expect(dueDeadline('2028-02')).toBe('2028-02-29');
    expect(dueDeadline('2026-12')).toBe('2026-12-31');
    expect(dueDeadline('2026-02-10')).toBe('2026-02-10');
  });

  it('reviewDateFromPath reads the date from the name', () => {
    expect(reviewDateFromPath(`${REVIEWS}/2026-07-10.csv`, TODAY)).toEqual({ ok: true, date: '2026-07-10' });
    expect(reviewDateFromPath(`${REVIEWS}/10-07-2026.csv`, TODAY).ok).toBe(false);
  });

  it('mentionsAction matches an id as a whole word only', () => {
    expect(mentionsAction('Replaces 2.1 and 2.3.', '2.1')).toBe(true);
    expect(mentionsAction('Replaces 2.3.', '2.3')).toBe(true);
    expect(mentionsAction('Replaces 2.11.', '2.1')).toBe(false);
    expect(mentionsAction('Replaces 12.1.', '2.1')).toBe(false);
    expect(mentionsAction('Replaces APP-2.1', '2.1')).toBe(false);
    expect(mentionsAction(undefined, '2.1')).toBe(false);
  });

  it('statusFix knows common synonyms only', () => {
    expect(statusFix('In Progress')).toBe('Did you mean "on track"?');
    expect(statusFix('maybe')).toBeUndefined();
  });
});
