import { describe, expect, it } from 'vitest';
import { TURNING_POINTS as T, ukTime } from '../core/__fixtures__/uk-time';
import type { Change } from '../core/history/changes';
import { calendarEnd, calendarView, plannedPublications, scheduleWords } from './calendar';
import { calendarSources } from './sources';
import { calendarInput } from './__fixtures__/sources';
import { periodFromKey } from '../indicators/period';

const CONTACTS = { contact: 'statistics@council.example', contacts: { 'improvement-plan': 'improvement@council.example' } };
const TODAY = new Date('2026-11-22T12:00:00Z');
const planned = (input = calendarInput(), today = TODAY, changes: Change[] = []) => plannedPublications(calendarSources(input), today, changes, CONTACTS);

describe('the release calendar', () => {
  it('lists each dataset with a schedule once, from the one list of sources', () => {
    const sources = calendarSources(calendarInput());
    expect(sources.map((s) => s.id)).toEqual(['ehcp-timeliness', 'indicator-monthly-one', 'indicator-quarterly-one', 'indicator-yearly-one', 'improvement-plan', 'compare', 'services', 'comments']);
    expect(sources.map(scheduleWords)).toEqual([
      'Every month, by the 20th of the month after',
      'Every month, by the 20th of the month after',
      'Every 3 months, by the 20th of the month after each quarter ends',
      'Once a year, by the 20th of January',
      'About every 4 months (an estimate from past reviews)',
      'Once a year, after the Department for Education (DfE) publishes its figures, usually in June (an estimate)',
      'Whenever a service changes: we update it as soon as we hear',
      'At least once a year',
    ]);
    expect(sources[0]!.file).toEqual({ display: 'data/ehcp-timeliness.csv', data: 'ehcp-timeliness.csv' });
  });

  it('plans every publication for the next 12 months from each schedule, in date order', () => {
    const all = planned();
    const of = (id: string) => all.filter((p) => p.source.id === id);
    // October is out; November's figures are due by 20 December, and so on to October 2027's, due by 20 November 2027.
    expect(of('ehcp-timeliness').map((p) => [p.what, p.date])).toEqual(
      ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10'].map((m, i) => [m, `${['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11'][i]}-20`]),
    );
    expect(of('indicator-quarterly-one').map((p) => [p.what, p.date])).toEqual([['2026-Q4', '2027-01-20'], ['2027-Q1', '2027-04-20'], ['2027-Q2', '2027-07-20'], ['2027-Q3', '2027-10-20']]);
    expect(of('indicator-yearly-one').map((p) => [p.title, p.date])).toEqual([['A yearly measure: 2026', '2027-01-20']]);
    expect(of('improvement-plan').map((p) => [p.title, p.date, p.precision, p.contact])).toEqual([['Progress review of the improvement plan, expected around November 2026', '2026-11-01', 'month', 'improvement@council.example']]);
    expect(of('comments').map((p) => [p.date, p.contact])).toEqual([['2027-10-20', 'statistics@council.example']]);
    expect(all.some((p) => p.late)).toBe(false);
    expect(all.map((p) => p.date)).toEqual([...all.map((p) => p.date)].sort());
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('says a publication is late once its date has passed, with the reason from the change log', () => {
    const changes: Change[] = [{ date: '2026-12-18', file: 'ehcp-timeliness.csv', what: ['2026-11'], why: 'The case system was being replaced.' }];
    const late = planned(calendarInput({ today: ukTime('2026-12-21 09:00') }), ukTime('2026-12-21 09:00'), changes).filter((p) => p.late);
    expect(late.map((p) => [p.id, p.lateReason])).toEqual([
      ['improvement-plan-review-3', undefined],
      ['indicator-monthly-one-2026-11', undefined],
      ['ehcp-timeliness-2026-11', 'The case system was being replaced.'],
    ]);
    const view = calendarView(calendarSources(calendarInput()), late, CONTACTS);
    expect(view.late.map((r) => r.lateReason)).toEqual(['We have not yet said why.', 'We have not yet said why.', 'The case system was being replaced.']);
    expect(view.late.map((r) => `${r.title} ${r.overdue}.`)).toEqual([
      'Progress review of the improvement plan, expected around November 2026 has not been published yet.',
      'A monthly measure: November 2026 was due by 20 December 2026.',
      'EHC plans issued within 20 weeks: November 2026 was due by 20 December 2026.',
    ]);
  });

  describe('turns on the day in England', () => {
    // Figures for June 2027 are due by 1 July 2027.
    const input = calendarInput({ publishDay: 1, ehcp: { months: [{ month: '2027-05' }], file: 'data/ehcp-timeliness.csv' }, indicators: { indicators: [], values: [], file: 'x' }, comments: { comments: [], folder: 'c' } });
    const june = (today: Date) => planned({ ...input, today }, today).find((p) => p.id === 'ehcp-timeliness-2027-06')!;
    it.each([
      ['on the last minute of June it is not late', T.lastMinuteOfJune, false],
      ['on its day, the first minute of July, it is not late', T.firstMinuteOfJuly, false],
      ['just after midnight the next day (still its day in UTC) it is late', ukTime('2027-07-02 00:30'), true],
    ])('%s', (_label, today, late) => {
      expect(june(today).late).toBe(late);
    });

    it('looks ahead exactly a year: on the first minute of July, a publication due a year later is in', () => {
      expect(calendarEnd(T.firstMinuteOfJuly)).toBe('2028-07-01');
      expect(calendarEnd(T.leapDay)).toBe('2029-02-28');
      const dates = planned({ ...input, today: T.firstMinuteOfJuly }, T.firstMinuteOfJuly).map((p) => p.date);
      expect(dates.at(-1)).toBe('2028-07-01');
    });

    it('an estimate is late only once its month has passed', () => {
      const estimate = (today: Date) => planned({ ...calendarInput(), today }, today).find((p) => p.source.id === 'improvement-plan')!;
      expect(estimate(ukTime('2026-11-30 23:59')).late).toBe(false);
      expect(estimate(ukTime('2026-12-01 00:30')).late).toBe(true);
    });
  });

  it('shows each dataset with its next publication and team, and every publication by month', () => {
    const view = calendarView(calendarSources(calendarInput()), planned(), CONTACTS);
    expect(view.datasets[0]).toEqual({ name: 'EHC plans issued within 20 weeks', href: '/data/ehcp-timeliness/', schedule: 'Every month, by the 20th of the month after', next: 'by 20 December 2026', contact: 'statistics@council.example' });
    expect(view.datasets[4]!.next).toBe('around November 2026 (estimate)');
    expect(view.hasEstimates).toBe(true);
    expect(view.months[0]!.label).toBe('November 2026');
    expect(view.months.flatMap((m) => m.rows)).toHaveLength(planned().length);
    expect(view.late).toEqual([]);
  });

  describe('always gives the next publication, even beyond the 12 months', () => {
    // The yearly measure's 2026 figures are out: its 2027 figures are due by 20 January 2028.
    const input = calendarInput({ indicators: { indicators: [{ id: 'yearly-one', title: 'A yearly measure', frequency: 'annual' }], values: [{ indicator_id: 'yearly-one', period: periodFromKey('2026')! }], file: 'data/indicators/values.csv' } });
    const at = (today: Date) => {
      const sources = calendarSources({ ...input, today });
      const list = plannedPublications(sources, today, [], CONTACTS);
      return { listed: list.filter((p) => p.source.id === 'indicator-yearly-one').map((p) => p.date), next: calendarView(sources, list, CONTACTS).datasets.find((d) => d.name === 'A yearly measure')!.next };
    };
    it('on the last minute of 19 January 2027 the date is a year and a day away: not in the list, but still the next', () => {
      expect(at(ukTime('2027-01-19 23:59'))).toEqual({ listed: [], next: 'by 20 January 2028' });
    });
    it('on the first minute of 20 January 2027 it is in the list too', () => {
      expect(at(ukTime('2027-01-20 00:00'))).toEqual({ listed: ['2028-01-20'], next: 'by 20 January 2028' });
    });
    it('a date that has passed unpublished says so', () => {
      const sources = calendarSources(calendarInput());
      const later = ukTime('2026-12-21 09:00');
      const lateView = calendarView(sources, plannedPublications(sources, later, [], CONTACTS), CONTACTS);
      expect(lateView.datasets[0]!.next).toBe('by 20 December 2026 (late)');
    });
    it('a late estimate says it once: "around June 2027 (estimate, now late)"', () => {
      const today = ukTime('2027-07-01 00:30');
      const sources = calendarSources({ ...calendarInput(), today });
      const view = calendarView(sources, plannedPublications(sources, today, [], CONTACTS), CONTACTS);
      expect(view.datasets.find((d) => d.name.startsWith('How we compare'))!.next).toBe('around June 2027 (estimate, now late)');
    });
  });

  describe('the comparison and the services directory', () => {
    it("plans the comparison's next DfE release as an estimate in June, late with the reason a change-log line gives", () => {
      const compare = (today: Date, changes: Change[] = []) => planned(calendarInput({ today }), today, changes).find((p) => p.source.id === 'compare')!;
      expect(compare(TODAY)).toMatchObject({ id: 'compare-reporting-year-2027', date: '2027-06-01', precision: 'month', late: false, title: 'How we compare with other areas (figures from the Department for Education): the 2027 figures, expected around June 2027' });
      expect(compare(ukTime('2027-06-30 23:59')).late).toBe(false);
      const why = 'DfE published its figures late this year.';
      const byKey: Change[] = [{ date: '2027-07-03', file: 'data/compare/release.csv', what: ['reporting-year-2027'], why }];
      const byMonth: Change[] = [{ date: '2027-07-04', file: 'compare/release.csv', what: ['2027-06'], why }];
      expect(compare(ukTime('2027-07-01 00:30'), byKey)).toMatchObject({ late: true, lateReason: why, lateReasonDate: '2027-07-03', lateSince: '2027-07-01' });
      expect(compare(ukTime('2027-07-01 00:30'), byMonth).lateReason).toBe(why);
      expect(compare(ukTime('2027-07-01 00:30'), [{ ...byKey[0]!, file: 'data/services.csv' }]).lateReason).toBeUndefined();
    });

    it('lists the directory with how often and its contact, and plans no dates for it', () => {
      const sources = calendarSources(calendarInput());
      const view = calendarView(sources, planned(), CONTACTS);
      expect(planned().filter((p) => p.source.id === 'services')).toEqual([]);
      expect(view.datasets.find((d) => d.href === '/services/')).toEqual({ name: 'Directory of services', href: '/services/', schedule: 'Whenever a service changes: we update it as soon as we hear', next: undefined, contact: 'statistics@council.example' });
      // Each can have its own team's mailbox.
      const own = calendarView(sources, planned(), { ...CONTACTS, contacts: { services: 'directory@council.example', compare: 'compare@council.example' } });
      expect(own.datasets.find((d) => d.href === '/services/')!.contact).toBe('directory@council.example');
      expect(own.datasets.filter((d) => d.contact === 'compare@council.example').map((d) => d.name)).toEqual(['How we compare with other areas (figures from the Department for Education)']);
      // Without them, neither is listed.
      expect(calendarSources(calendarInput({ compare: undefined, directory: undefined })).map((s) => s.id)).not.toContain('services');
    });
  });

  it("keeps an estimate's id when its month moves: the id names the review, not the month", () => {
    const moved = calendarInput({ plan: { plan: { areas: [], reviews: [{ date: '2026-02-13', file: 'a.csv', actions: [] }, { date: '2026-07-10', file: 'b.csv', actions: [] }] }, reviewsFolder: 'data/improvement-plan/reviews' } });
    const review = (input: ReturnType<typeof calendarInput>) => planned(input).find((p) => p.source.id === 'improvement-plan')!;
    expect([review(calendarInput()).date, review(moved).date]).toEqual(['2026-11-01', '2026-12-01']);
    expect(review(moved).id).toBe(review(calendarInput()).id);
    expect(review(moved).id).toBe('improvement-plan-review-3');
  });
});
