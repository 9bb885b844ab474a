import { describe, expect, it } from 'vitest';
import { TURNING_POINTS as T, ukTime } from '../core/__fixtures__/uk-time';
import { formatProblem } from '../core/problems';
import { commentsByYear, commentsFrom, commentsOverdue, commentsWithContactDetails, commentsYearPath, nextCommentsDue } from './comments';

const update = (id: string, date: string, type = 'you-said-we-did') => ({
  id,
  data: { type, date, title: `Update ${id}`, ...(type === 'you-said-we-did' ? { you_said: `Said ${id}`, we_did: `Did ${id}` } : {}) },
});
const UPDATES = [update('a', '2025-11-03'), update('news', '2026-02-01', 'news'), update('b', '2026-06-30'), update('c', '2026-01-15')];

describe('the comments and our response (regulation 56)', () => {
  it('are the "You said, we did" updates only, newest first, a page per year', () => {
    const comments = commentsFrom(UPDATES);
    expect(comments.map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(comments[0]).toEqual({ id: 'b', date: '2026-06-30', title: 'Update b', you_said: 'Said b', we_did: 'Did b' });
    const years = commentsByYear(comments);
    expect(years.map((y) => [y.year, y.href, y.comments.map((c) => c.id)])).toEqual([
      ['2026', '/have-your-say/comments/2026/', ['b', 'c']],
      ['2025', '/have-your-say/comments/2025/', ['a']],
    ]);
    expect(commentsYearPath('2027')).toBe('/have-your-say/comments/2027/');
  });

  it('are next due a year after the newest (29 February becomes 28 February)', () => {
    expect(nextCommentsDue(commentsFrom(UPDATES))).toBe('2027-06-30');
    expect(nextCommentsDue([{ date: '2028-02-29' }])).toBe('2029-02-28');
    expect(nextCommentsDue([])).toBeUndefined();
  });

  describe('check-data warns when the newest is over 12 months old', () => {
    const newest = (date: string) => [{ date: '2020-01-01' }, { date }];
    it.each([
      ['on the last minute of the year, one published that day last year', T.lastMinuteOfYear, '2026-12-31', false],
      ['on the first minute of a year (still 31 December in UTC), one published on 1 January last year', T.firstMinuteOfYear, '2027-01-01', false],
      ['on the first minute of a year, one published on 31 December the year before last', T.firstMinuteOfYear, '2026-12-31', true],
      ['on 29 February, one published on 28 February last year', T.leapDay, '2027-02-28', false],
      ['on 29 February, one published on 27 February last year', T.leapDay, '2027-02-27', true],
      ['just after midnight in summer time, one published that day last year', T.firstMinuteOfJuly, '2026-07-01', false],
      ['just after midnight in summer time, one published the day before, last year', T.firstMinuteOfJuly, '2026-06-30', true],
    ])('%s', (_label, today, date, warned) => {
      const problems = commentsOverdue(newest(date), today, 'content/updates');
      expect(problems.length).toBe(warned ? 1 : 0);
      if (warned) expect(formatProblem(problems[0]!)).toMatch(/^Warning: content\/updates: Found "\d{4}-\d{2}-\d{2}"\. Expected a "You said, we did" update published in the last 12 months \(since \d+ \w+ \d{4}\): regulation 56/);
    });

    it('and when there has never been one', () => {
      expect(formatProblem(commentsOverdue([], ukTime('2027-05-01 09:00'), 'content/updates')[0]!)).toMatch(/^Warning: content\/updates: Expected at least one "You said, we did" update: regulation 56 of the SEND Regulations 2014/);
    });
  });

  it('warns when what someone told us carries an email address or a phone number, and not otherwise', () => {
    const problems = commentsWithContactDetails([
      { path: 'content/updates/a.md', you_said: 'Please ring me on 07700 900123 about my son.' },
      { path: 'content/updates/b.md', you_said: 'Email me at parent@example.com' },
      { path: 'content/updates/c.md', you_said: 'The line closes at 3pm, which is when I collect my children.' },
      { path: 'content/updates/d.md', you_said: undefined },
    ]);
    expect(problems.map((p) => [p.file, p.value, p.severity])).toEqual([
      ['content/updates/a.md', '07700 900123', 'warning'],
      ['content/updates/b.md', 'parent@example.com', 'warning'],
    ]);
  });
});
