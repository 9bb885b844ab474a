/**
 * Every sentence and check of the plan whose words turn on a date, tried on
 * each side of its turning point (tests/README: "the tests pass on any day").
 */
import { describe, expect, it } from 'vitest';
import { TURNING_POINTS as T, ukTime } from '../core/__fixtures__/uk-time';
import type { ImprovementPlan, PlanAction, PlanArea } from './schema';
import { estimateNextReview, revisitSentence } from './stats';
import { overdueInfo } from './view';
import { areaChecks } from './checks';
import { reviewDateFromPath } from './review-files';

const AREA: PlanArea = { area_id: 'A1', title: 'EHCP timeliness', finding: 'Plans were late.', plan: 'WSoA 2023' };
const plan = (dates: string[]): ImprovementPlan => ({ areas: [AREA], reviews: dates.map((date) => ({ date, file: `reviews/${date}.csv`, actions: [] })) });
const action = (due: PlanAction['due'], status: PlanAction['status'] = 'on track'): PlanAction => ({ action_id: '1.1', area_id: 'A1', action: 'Do it', lead: 'Lead', due, status });

describe('when the next review is expected', () => {
  // Reviews four months apart: the next is expected in June 2027, then in December 2027.
  const june = plan(['2026-10-05', '2027-02-05']);
  const december = plan(['2027-04-01', '2027-08-01']);

  it('is "expected" to the last minute of the month, and "was expected" from the first minute after, in summer time too', () => {
    expect(estimateNextReview(june, ukTime('2027-06-01 00:00'))?.sentence).toMatch(/^The next review is expected around June 2027\./);
    expect(estimateNextReview(june, T.lastMinuteOfJune)).toMatchObject({ month: '2027-06', late: false });
    // 00:30 on 1 July in England is still 30 June in UTC: the page must already say it is late.
    expect(estimateNextReview(june, T.firstMinuteOfJuly)).toMatchObject({ late: true });
    expect(estimateNextReview(june, T.firstMinuteOfJuly)?.sentence).toMatch(/^The next review was expected around June 2027 and has not been published yet\./);
  });

  it('turns at the end of the year', () => {
    expect(estimateNextReview(december, T.lastMinuteOfYear)).toMatchObject({ month: '2027-12', late: false });
    expect(estimateNextReview(december, T.firstMinuteOfYear)).toMatchObject({ month: '2027-12', late: true });
  });
});

describe('an overdue action', () => {
  it('a month due date runs to the last day of the month, 29 February in a leap year', () => {
    expect(overdueInfo(action('2028-02'), ukTime('2028-02-28 23:59'))).toBeUndefined();
    expect(overdueInfo(action('2028-02'), T.leapDay)).toBeUndefined();
    expect(overdueInfo(action('2028-02'), T.dayAfterLeapDay)).toEqual({ deadline: '2028-02-29', by: '1 day' });
  });

  it('a day due date is overdue from the next day in England, across the clock change', () => {
    expect(overdueInfo(action('2027-03-28'), ukTime('2027-03-28 23:30'))).toBeUndefined();
    expect(overdueInfo(action('2027-03-28'), T.springForwardNight)).toEqual({ deadline: '2027-03-28', by: '1 day' });
    expect(overdueInfo(action('2027-10-30'), T.fallBackNight)).toEqual({ deadline: '2027-10-30', by: '1 day' });
  });

  it('is never overdue once achieved', () => {
    expect(overdueInfo(action('2020-01', 'achieved'), T.firstMinuteOfYear)).toBeUndefined();
  });

  it('counts years at the end of a year', () => {
    expect(overdueInfo(action('2026-12'), ukTime('2027-12-30 23:59'))?.by).toBe('11 months');
    expect(overdueInfo(action('2026-12'), T.lastMinuteOfYear)?.by).toBe('1 year');
    expect(overdueInfo(action('2026-12'), T.firstMinuteOfYear)?.by).toBe('1 year');
  });
});

describe('the revisit', () => {
  const planned = { ...AREA, revisit_date: '2027-10-31' };

  it('is "due" until its day in England, then "revisited, outcome not yet published"', () => {
    expect(revisitSentence(planned, ukTime('2027-10-30 23:59'))).toBe('Inspectors are due to revisit on 31 October 2027.');
    expect(revisitSentence(planned, T.fallBackNight)).toBe('Inspectors revisited on 31 October 2027. The outcome has not been published here yet.');
  });

  it('an outcome filled in for a revisit still to come is an error until its day', () => {
    const withOutcome = [{ ...planned, revisit_outcome: 'sufficient progress' as const, row: 2 }];
    expect(areaChecks(withOutcome, 'areas.csv', ukTime('2027-10-30 23:59'))).toEqual([expect.objectContaining({ column: 'revisit_date', expected: 'a date that has passed (today is 30 October 2027), because the outcome is already filled in' })]);
    expect(areaChecks(withOutcome, 'areas.csv', T.fallBackNight)).toEqual([]);
  });
});

describe('a review file named with a date', () => {
  it('may be added from the review’s day in England, not before', () => {
    const early = reviewDateFromPath('reviews/2027-07-01.csv', T.lastMinuteOfJune);
    expect(early.ok).toBe(false);
    expect(early.ok ? '' : early.problem.expected).toBe('a review date that has passed (today is 30 June 2027)');
    expect(reviewDateFromPath('reviews/2027-07-01.csv', T.firstMinuteOfJuly)).toEqual({ ok: true, date: '2027-07-01' });
    expect(reviewDateFromPath('reviews/2028-02-29.csv', T.leapDay)).toEqual({ ok: true, date: '2028-02-29' });
    expect(reviewDateFromPath('reviews/2027-02-29.csv', T.leapDay).ok).toBe(false);
  });
});
