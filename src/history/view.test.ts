import { describe, expect, it } from 'vitest';
import { ehcpOpenData } from '../ehcp/open-data';
import { ehcpView } from '../ehcp/view';
import { changeLog, revisionLog, revisionsOpenData } from './view';
import { revisionNote, type Revision } from '../core/history/revisions';
import { HISTORY_DESCRIPTIONS } from '../build/registry';

const revision = (over: Partial<Revision>): Revision => ({
  file: 'data/ehcp-timeliness.csv', dataset: 'ehcp-timeliness', key: '2026-08', label: 'August 2026', column: 'plans_issued_den',
  measure: 'plans issued', before: 95, after: 97, date: '2026-11-18', ...over,
});
const months = [
  { month: '2026-08' as const, plans_issued_den: 97, plans_issued_within_20_weeks: 61, note: 'Summer.' },
  { month: '2026-09' as const, plans_issued_den: 103, plans_issued_within_20_weeks: 62 },
];

describe('a revised month', () => {
  const revisions = [
    revision({}),
    revision({ column: 'plans_issued_within_20_weeks', measure: 'plans issued within 20 weeks', before: 60, after: 61, why: 'Two plans were recorded late.' }),
  ];
  const view = ehcpView({ months, national: [], files: { timeliness: 'data/ehcp-timeliness.csv', national: 'data/ehcp-national.csv' } }, { threshold: 5, publishDay: 20, revisions });

  it('is marked revised, with a footnote giving the old and new figures and the date, after the months’ own notes', () => {
    expect(view.stats.map((s) => s.revised)).toEqual([true, undefined]);
    expect(view.footnotes.slice(-2)).toEqual([
      { id: 'month-2026-08', text: 'August 2026: Summer.' },
      {
        id: 'revised-2026-08',
        text: 'August 2026 was revised on 18 November 2026: plans issued changed from 95 to 97 and plans issued within 20 weeks changed from 60 to 61. Two plans were recorded late.',
      },
    ]);
    expect(view.revisedNumbers.get('2026-08')).toBe(view.footnotes.length);
    expect(view.noteNumbers.get('2026-08')).toBe(view.footnotes.length - 1);
  });

  it('is r in the revised column of the download', () => {
    expect(ehcpOpenData(view.stats, 'Northbrook').map((r) => r.revised)).toEqual(['r', '']);
  });

  it('revised twice says both dates, and never shows a count the small-number rule withholds', () => {
    const twice = [revision({ before: 3, after: 6 }), revision({ before: 6, after: 7, date: '2026-12-01' })];
    expect(revisionNote(twice, 5)).toBe(
      'August 2026 was revised on 18 November 2026: plans issued changed from fewer than 5 to 6. It was revised again on 1 December 2026: plans issued changed from 6 to 7.',
    );
  });
});

describe('the revisions log', () => {
  const revisions = [revision({}), revision({ key: '2026-07', label: 'July 2026', before: 2, after: undefined, date: '2026-12-01' })];

  it('lists every revision newest first, with the page of the figures', () => {
    expect(revisionLog(revisions, 5, HISTORY_DESCRIPTIONS)).toEqual([
      { date: '2026-12-01', title: 'New EHC plans issued within 20 weeks', page: '/data/ehcp-timeliness/', label: 'July 2026', change: 'Plans issued changed from fewer than 5 to no figure', why: undefined },
      { date: '2026-11-18', title: 'New EHC plans issued within 20 weeks', page: '/data/ehcp-timeliness/', label: 'August 2026', change: 'Plans issued changed from 95 to 97', why: undefined },
    ]);
  });

  it('is open data with c for a withheld count and z for a figure taken out', () => {
    expect(revisionsOpenData(revisions, 5)[0]).toMatchObject({ date_published: '2026-12-01', time_period: '2026-07', previous_value: 'c', revised_value: 'z' });
    expect(revisionsOpenData(revisions, 5)[1]).toMatchObject({ previous_value: 95, revised_value: 97, column: 'plans_issued_den' });
  });
});

describe('the change log', () => {
  it('names the data each line is about, newest first, also for a folder', () => {
    const rows = changeLog([
      { date: '2026-09-30', file: 'data/services.csv', what: ['toy-library'], why: 'Closed.' },
      { date: '2026-11-13', file: 'data/improvement-plan/reviews/', what: ['4.10', '4.11'], why: 'Merged.' },
    ], HISTORY_DESCRIPTIONS);
    expect(rows.map((r) => [r.date, r.title, r.page, r.what])).toEqual([
      ['2026-11-13', 'Improvement plan progress reviews', '/progress/', '4.10, 4.11'],
      ['2026-09-30', 'Directory of services', '/services/', 'toy-library'],
    ]);
  });
});
