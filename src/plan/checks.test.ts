import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../core/csv';
import { formatProblem } from '../core/problems';
import { idBeforeSpreadsheet } from './checks';
import { readImprovementPlan } from './read';

const TODAY = new Date('2026-11-22T12:00:00Z');
const REVIEWS = 'data/improvement-plan/reviews';
const file = (path: string, text: string): SourceFile => ({ path, bytes: new TextEncoder().encode(text) });
const AREAS = file('data/improvement-plan/areas.csv', 'area_id,title,finding,plan\nA4,Preparing for adulthood,Too late.,WSoA 2023\n');
const HEADER = 'action_id,area_id,action,lead,due,status,update,evidence_url';
const review = (date: string, rows: string[]) => file(`${REVIEWS}/${date}.csv`, [HEADER, ...rows].join('\n'));
const row = (id: string, status = 'achieved', due = '2026-01') => `${id},A4,Action ${id},Lead,${due},${status},,`;
const messages = (reviews: SourceFile[], areas = AREAS) => readImprovementPlan(areas, reviews, TODAY).problems.map(formatProblem);

describe('action ids a spreadsheet turned into numbers', () => {
  const july = review('2026-07-10', ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.9', '4.10'].map((id) => row(id)));

  it('a repeated 4.1 where the review before had 4.1 and 4.10 says the spreadsheet probably changed it, and how to stop it', () => {
    const november = review('2026-11-13', ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.9', '4.1'].map((id) => row(id)));
    const [repeated, ...rest] = messages([july, november]);
    expect(repeated).toBe(
      'Error: data/improvement-plan/reviews/2026-11-13.csv, row 11, column "action_id": Found "4.1". Expected each action_id once in a review. ' +
        'Rows 2 and 11 both use 4.1. If they are the same action, delete one row; if they are different actions, give one of them a new action_id. ' +
        'A spreadsheet has probably turned 4.10 into the number 4.1: data/improvement-plan/reviews/2026-07-10.csv has both 4.1 and 4.10. ' +
        "Change this row's id back to 4.10 (check the action text). To stop it happening, keep the action_id column as Text: " +
        'in Excel open the CSV with Data > From Text/CSV and choose "Do not detect data types"; in LibreOffice set the column type to Text when it opens; ' +
        'or format the column as Text before typing (docs/publishing.md explains).',
    );
    // The plan's own warning that 4.10 went is still there for check-data to turn into the history error.
    expect(rest).toEqual([expect.stringContaining('Expected action 4.10 (row 11 of data/improvement-plan/reviews/2026-07-10.csv) to be in this review too')]);
  });

  it('the first review, with no review before: an id straight after 4.9 that lost its zero', () => {
    const first = review('2026-07-10', ['4.8', '4.9', '4.1'].map((id) => row(id)));
    expect(messages([first])).toEqual([
      expect.stringMatching(/^Warning: .*2026-07-10\.csv, row 4, column "action_id": Found "4\.1"\. Expected the action's id as it was in the review before \(4\.10\?\)\. A spreadsheet has probably turned 4\.10 into the number 4\.1: it comes straight after 4\.9\./),
    ]);
  });

  it('knows the shapes: 4.10 → 4.1, 4.20 → 4.2 after 4.19, but not a real 4.1 or a letter id', () => {
    expect(idBeforeSpreadsheet('4.1', new Set(['4.10']), undefined)).toBe('4.10');
    expect(idBeforeSpreadsheet('4.2', new Set(), '4.19')).toBe('4.20');
    expect(idBeforeSpreadsheet('4.1', new Set(['4.1']), undefined)).toBeUndefined();
    expect(idBeforeSpreadsheet('4.2', new Set(), '4.1')).toBeUndefined();
    expect(idBeforeSpreadsheet('APP-4.1', new Set(['APP-4.10']), undefined)).toBeUndefined();
  });
});

describe('"on track" after the due date', () => {
  it('is a warning in the newest review, and not in older ones', () => {
    const old = review('2026-03-13', [row('4.1', 'on track', '2026-01')]);
    const latest = review('2026-07-10', [row('4.1', 'on track', '2026-06'), row('4.2', 'on track', '2026-07-31'), row('4.3', 'on track', '2026-09')]);
    expect(messages([old, latest])).toEqual([
      'Warning: data/improvement-plan/reviews/2026-07-10.csv, row 2, column "status": Found "on track". Expected a status other than "on track" for action 4.1, which was due by June 2026, before this review. ' +
        'An action past its due date is not on track. If it is done, write "achieved". If not, write "delayed" and say why in update. If the due date has been moved, change due and say so in update.',
    ]);
  });
});

describe('area ids that differ only in capital letters', () => {
  it('are an error naming both rows', () => {
    const areas = file('data/improvement-plan/areas.csv', 'area_id,title,finding,plan\nA4,Adulthood,Late.,WSoA 2023\na4,Adult life,Late.,WSoA 2023\n');
    expect(messages([review('2026-07-10', [row('4.1')])], areas)).toContainEqual(
      'Error: data/improvement-plan/areas.csv, row 3, column "area_id": Found "a4". Expected an area_id that is not the same as another but for capital letters (row 2 has A4). ' +
        'If they are the same area, delete one row and write the id as A4 everywhere. If they are different areas, give this one another id.',
    );
  });
});
