import { describe, expect, it } from 'vitest';
import type { ActionStatus, Due, ImprovementPlan, PlanAction, PlanArea, PlanReview } from './schema';
import {
  areaSummarySentence,
  countStatuses,
  countsByArea,
  countsByReview,
  daysBetween,
  durationInWords,
  estimateNextReview,
  formatDue,
  monthsBetween,
  overdueActions,
  planHeadline,
  revisitSentence,
} from './stats';

function act(action_id: string, area_id: string, status: ActionStatus, due: Due = '2026-01', update?: string): PlanAction {
  return { action_id, area_id, action: `Action ${action_id}`, lead: 'Head of SEND Services', due, status, ...(update ? { update } : {}) };
}

function many(n: number, status: ActionStatus, area = 'A1', prefix = status): PlanAction[] {
  return Array.from({ length: n }, (_, i) => act(`${prefix.replace(' ', '')}-${i + 1}`, area, status));
}

const review = (date: string, actions: PlanAction[]): PlanReview => ({ date, file: `data/improvement-plan/reviews/${date}.csv`, actions });

const AREA: PlanArea = { area_id: 'A1', title: 'EHCP timeliness', finding: 'Plans were late.', plan: 'WSoA 2023' };
const TODAY = new Date('2026-11-22T12:00:00Z');

describe('countStatuses', () => {
  it('counts each status with its share of the total', () => {
    const c = countStatuses([...many(39, 'achieved'), ...many(7, 'partly achieved'), ...many(6, 'delayed')]);
    expect(c.total).toBe(52);
    expect(c.count).toEqual({ achieved: 39, 'on track': 0, 'partly achieved': 7, delayed: 6, 'not started': 0 });
    expect(c.percent.achieved).toBe(75);
    expect(c.percent['partly achieved']).toBeCloseTo(13.46, 2);
    expect(c.percent.delayed).toBeCloseTo(11.54, 2);
  });

  it('gives 0% rather than dividing by zero when there are no actions', () => {
    expect(countStatuses([]).percent.achieved).toBe(0);
  });

  it('counts per review, oldest first, and per area in the order of areas.csv', () => {
    const plan: ImprovementPlan = {
      areas: [AREA, { ...AREA, area_id: 'A2', title: 'Therapies' }],
      reviews: [review('2025-03-14', many(2, 'on track')), review('2025-07-11', [...many(2, 'achieved'), act('x', 'A2', 'delayed')])],
    };
    expect(countsByReview(plan).map((r) => [r.date, r.counts.total, r.counts.count.achieved])).toEqual([
      ['2025-03-14', 2, 0],
      ['2025-07-11', 3, 2],
    ]);
    const byArea = countsByArea(plan.areas, plan.reviews[1]!);
    expect(byArea.map((a) => [a.area.area_id, a.counts.total, a.counts.count.delayed])).toEqual([
      ['A1', 2, 0],
      ['A2', 1, 1],
    ]);
  });
});

describe('sentences', () => {
  it('planHeadline says how many are achieved and how many delayed', () => {
    expect(planHeadline(countStatuses([...many(38, 'achieved'), ...many(8, 'on track'), ...many(6, 'delayed')]))).toBe(
      '38 of 52 actions are achieved. 6 are delayed.',
    );
    expect(planHeadline(countStatuses([...many(1, 'achieved'), ...many(1, 'delayed')]))).toBe('1 of 2 actions is achieved. 1 is delayed.');
    expect(planHeadline(countStatuses([...many(3, 'achieved'), ...many(2, 'on track')]))).toBe('3 of 5 actions are achieved. None are delayed.');
    expect(planHeadline(countStatuses(many(4, 'achieved')))).toBe('All 4 actions are achieved.');
    expect(planHeadline(countStatuses(many(4, 'not started')))).toBe('None of the 4 actions are achieved yet. None are delayed.');
    expect(planHeadline(countStatuses([]))).toBe('There are no actions in the latest review.');
  });

  it('areaSummarySentence lists the other statuses with verbs that agree', () => {
    const mixed = [...many(8, 'achieved'), ...many(2, 'on track'), ...many(1, 'delayed'), ...many(1, 'not started')];
    expect(areaSummarySentence(countStatuses(mixed))).toBe('8 of 12 actions are achieved; 2 are on track, 1 is delayed and 1 has not started.');
    expect(areaSummarySentence(countStatuses(many(10, 'achieved')))).toBe('All 10 actions are achieved.');
    expect(areaSummarySentence(countStatuses([...many(2, 'partly achieved'), ...many(2, 'not started')]))).toBe(
      'None of the 4 actions are achieved yet; 2 are partly achieved and 2 have not started.',
    );
    expect(areaSummarySentence(countStatuses([]))).toBe('There are no actions for this area in the latest review.');
  });

  it('revisitSentence reports the outcome, a planned revisit, or nothing', () => {
    expect(revisitSentence({ ...AREA, revisit_outcome: 'sufficient progress', revisit_date: '2025-09-19' }, TODAY)).toBe(
      'At the revisit on 19 September 2025, inspectors found sufficient progress in this area.',
    );
    expect(revisitSentence({ ...AREA, revisit_outcome: 'not sufficient progress', revisit_date: '2025-09-19' }, TODAY)).toBe(
      'At the revisit on 19 September 2025, inspectors found that progress in this area was not sufficient.',
    );
    expect(revisitSentence({ ...AREA, revisit_date: '2027-02-01' }, TODAY)).toBe('Inspectors are due to revisit on 1 February 2027.');
    expect(revisitSentence({ ...AREA, revisit_date: '2026-10-01' }, TODAY)).toBe(
      'Inspectors revisited on 1 October 2026. The outcome has not been published here yet.',
    );
    expect(revisitSentence(AREA, TODAY)).toBeUndefined();
  });

  it('formatDue', () => {
    expect(formatDue('2026-03')).toBe('March 2026');
    expect(formatDue('2026-03-31')).toBe('31 March 2026');
  });
});

describe('overdue actions', () => {
  it('durationInWords uses days, then weeks, then calendar months, then years', () => {
    const from = '2025-08-31';
    const to = ['2025-09-01', '2025-09-13', '2025-09-14', '2025-11-01', '2025-11-02', '2025-11-30', '2026-08-30', '2026-08-31', '2026-10-31', '2027-08-31'];
    expect(to.map((d) => durationInWords(from, d))).toEqual([
      '1 day',
      '13 days',
      '2 weeks',
      '8 weeks',
      '2 months',
      '3 months',
      '11 months',
      '1 year',
      '1 year and 2 months',
      '2 years',
    ]);
  });

  it('monthsBetween counts a month end as a whole month', () => {
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(monthsBetween('2026-01-15', '2026-03-14')).toBe(1);
    expect(monthsBetween('2026-01-15', '2026-03-15')).toBe(2);
  });

  it('daysBetween counts calendar days across month ends', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });

  it('lists actions not achieved whose due date has passed, most overdue first; a month runs to its end', () => {
    const r = review('2026-07-10', [
      act('1', 'A1', 'achieved', '2025-01'), // achieved: never overdue
      act('2', 'A1', 'delayed', '2026-08'), // ended 31 August: 83 days → 2 months
      act('3', 'A1', 'on track', '2026-11'), // runs to 30 November: not yet
      act('4', 'A1', 'partly achieved', '2026-11-08'), // 14 days
      act('5', 'A1', 'not started', '2026-11-21'), // yesterday
      act('6', 'A1', 'delayed', '2026-11-22'), // due today: not overdue yet
    ]);
    expect(overdueActions(r, TODAY).map((o) => [o.action.action_id, o.deadline, o.daysOverdue, o.overdueText])).toEqual([
      ['2', '2026-08-31', 83, '2 months overdue'],
      ['4', '2026-11-08', 14, '2 weeks overdue'],
      ['5', '2026-11-21', 1, '1 day overdue'],
    ]);
  });
});

describe('estimateNextReview', () => {
  const plan = (dates: string[]): ImprovementPlan => ({ areas: [AREA], reviews: dates.map((d) => review(d, [])) });

  it('adds the usual gap to the latest review and says it is an estimate', () => {
    const estimate = estimateNextReview(plan(['2025-03-14', '2025-07-11', '2025-11-14', '2026-03-13', '2026-07-10']), new Date('2026-08-01'));
    expect(estimate).toEqual({
      month: '2026-11',
      typicalGapMonths: 4,
      late: false,
      sentence: 'The next review is expected around November 2026. This is an estimate, based on reviews usually being about 4 months apart.',
    });
  });

  it('uses the median gap, so one long wait does not skew it', () => {
    expect(estimateNextReview(plan(['2025-01-10', '2025-04-11', '2025-07-11', '2026-04-10']), TODAY)?.typicalGapMonths).toBe(3);
  });

  it('says so when the estimated month has passed', () => {
    expect(estimateNextReview(plan(['2026-01-09', '2026-02-13', '2026-03-13']), TODAY)).toEqual({
      month: '2026-04',
      typicalGapMonths: 1,
      late: true,
      sentence: 'The next review was expected around April 2026 and has not been published yet. This is an estimate, based on reviews usually being about a month apart.',
    });
  });

  it('cannot estimate from a single review', () => {
    expect(estimateNextReview(plan(['2026-07-10']), TODAY)).toBeUndefined();
  });
});
