import { describe, expect, it } from 'vitest';
import { toCsv } from '../core/csv';
import type { ImprovementPlan } from './schema';
import { countRows, currentRows, historyRows, PLAN_COUNTS_COLUMNS, PLAN_OPEN_DATA_COLUMNS } from './open-data';

const PLAN: ImprovementPlan = {
  areas: [{ area_id: 'A1', title: 'EHCP timeliness', finding: 'Plans were late.', plan: 'WSoA 2023' }],
  reviews: [
    {
      date: '2026-03-13',
      file: 'data/improvement-plan/reviews/2026-03-13.csv',
      actions: [{ action_id: '1.1', area_id: 'A1', action: 'Hire', lead: 'Head of SEND Services', due: '2026-02', status: 'on track' }],
    },
    {
      date: '2026-07-10',
      file: 'data/improvement-plan/reviews/2026-07-10.csv',
      actions: [
        { action_id: '1.1', area_id: 'A1', action: 'Hire', lead: 'Head of SEND Services', due: '2026-02', status: 'achieved', update: 'Done.', evidence_url: 'https://www.northbrook.example/a' },
        { action_id: '1.2', area_id: 'A1', action: '=Audit', lead: 'Head of SEND Services', due: '2026-09-15', status: 'not started' },
      ],
    },
  ],
};

describe('open data rows', () => {
  it('current rows are the newest review, with the area and the last day a due month allows', () => {
    expect(currentRows(PLAN)).toEqual([
      {
        review_date: '2026-07-10',
        area_id: 'A1',
        area_title: 'EHCP timeliness',
        plan: 'WSoA 2023',
        action_id: '1.1',
        action: 'Hire',
        lead: 'Head of SEND Services',
        due: '2026-02',
        due_by: '2026-02-28',
        status: 'achieved',
        update: 'Done.',
        evidence_url: 'https://www.northbrook.example/a',
      },
      {
        review_date: '2026-07-10',
        area_id: 'A1',
        area_title: 'EHCP timeliness',
        plan: 'WSoA 2023',
        action_id: '1.2',
        action: '=Audit',
        lead: 'Head of SEND Services',
        due: '2026-09-15',
        due_by: '2026-09-15',
        status: 'not started',
        update: '',
        evidence_url: '',
      },
    ]);
  });

  it('history has one row per action per review, oldest first', () => {
    expect(historyRows(PLAN).map((r) => [r.review_date, r.action_id, r.status])).toEqual([
      ['2026-03-13', '1.1', 'on track'],
      ['2026-07-10', '1.1', 'achieved'],
      ['2026-07-10', '1.2', 'not started'],
    ]);
  });

  it('count rows give every status for every review', () => {
    const rows = countRows(PLAN);
    expect(rows).toHaveLength(10);
    expect(rows.slice(5, 8)).toEqual([
      { review_date: '2026-07-10', status: 'achieved', actions: 1, total_actions: 2, percent: 50 },
      { review_date: '2026-07-10', status: 'on track', actions: 0, total_actions: 2, percent: 0 },
      { review_date: '2026-07-10', status: 'partly achieved', actions: 0, total_actions: 2, percent: 0 },
    ]);
  });

  it('is empty when there are no reviews', () => {
    expect(currentRows({ areas: [], reviews: [] })).toEqual([]);
  });

  it('writes to CSV with the columns in order and formulas neutralised', () => {
    const csv = toCsv(PLAN_OPEN_DATA_COLUMNS, currentRows(PLAN));
    expect(csv.split('\r\n')[0]).toBe(PLAN_OPEN_DATA_COLUMNS.join(','));
    expect(csv).toContain(",'=Audit,");
    expect(toCsv(PLAN_COUNTS_COLUMNS, countRows(PLAN)).split('\r\n')[1]).toBe('2026-03-13,achieved,0,1,0');
  });
});
