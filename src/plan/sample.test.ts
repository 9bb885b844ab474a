/**
 * The Northbrook sample data and the blank templates must always read cleanly,
 * and tell the story the sample is meant to tell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImprovementPlan } from './read';
import { type SourceFile } from '../core/csv';
import { latestChanges } from './changes';
import { countRows, currentRows, historyRows } from './open-data';
import { countsByArea, countsByReview, estimateNextReview, overdueActions, planHeadline } from './stats';
import { formatProblem } from '../core/problems';

const ROOT = new URL('../../', import.meta.url);
const TODAY = new Date('2026-11-22T12:00:00Z');

function load(path: string): SourceFile {
  return { path, bytes: readFileSync(new URL(path, ROOT)) };
}

function sample() {
  const dir = 'tests/sample/data/improvement-plan/reviews';
  const reviews = readdirSync(new URL(dir, ROOT))
    .filter((name) => name.endsWith('.csv'))
    .map((name) => load(`${dir}/${name}`));
  return readImprovementPlan(load('tests/sample/data/improvement-plan/areas.csv'), reviews, TODAY);
}

describe('Northbrook sample data', () => {
  const { value: plan, problems } = sample();

  it('reads with no errors and no warnings', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(plan.areas).toHaveLength(5);
    expect(plan.reviews.map((r) => r.date)).toEqual(['2025-03-14', '2025-07-11', '2025-11-14', '2026-03-13', '2026-07-10']);
  });

  it('tells the story: 75% achieved in July 2025, 89% achieved or on track in November', () => {
    const [, july, november] = countsByReview(plan);
    expect(july?.counts.percent.achieved).toBe(75);
    expect(july?.counts.count).toMatchObject({ 'partly achieved': 7, delayed: 6 });
    expect(Math.round(november!.counts.percent.achieved + november!.counts.percent['on track'])).toBe(89);
    expect(planHeadline(countsByReview(plan).at(-1)!.counts)).toBe('52 of 56 actions are achieved. 1 is delayed.');
  });

  it('has two areas without sufficient progress at the revisit, now in the APP', () => {
    const notSufficient = plan.areas.filter((a) => a.revisit_outcome === 'not sufficient progress');
    expect(notSufficient.map((a) => [a.area_id, a.plan])).toEqual([
      ['A2', 'APP 2025'],
      ['A4', 'APP 2025'],
    ]);
    expect(countsByArea(plan.areas, plan.reviews.at(-1)!).map((a) => a.counts.total)).toEqual([11, 13, 10, 12, 10]);
  });

  it('has a due date moved and honest delays in the latest changes and overdue list', () => {
    const latest = latestChanges(plan);
    expect(latest?.changes.filter((c) => c.type === 'due date moved').map((c) => c.action.action_id)).toEqual(['APP-4.2']);
    expect(overdueActions(plan.reviews.at(-1)!, TODAY).map((o) => `${o.action.action_id}: ${o.overdueText}`)).toEqual([
      '2.9: 1 year and 10 months overdue',
      'APP-2.3: 7 months overdue',
      'APP-4.3: 7 weeks overdue',
    ]);
    expect(estimateNextReview(plan, TODAY)?.month).toBe('2026-11');
  });

  it('gives tidy open data rows', () => {
    expect(currentRows(plan)).toHaveLength(56);
    expect(historyRows(plan)).toHaveLength(52 + 52 + 56 + 56 + 56);
    expect(countRows(plan)).toHaveLength(5 * 5);
  });
});

describe('templates', () => {
  it('read with no problems when saved under a review date', () => {
    const areas = load('tests/sample/data/templates/improvement-plan-areas.csv');
    const review = { ...load('tests/sample/data/templates/improvement-plan-review.csv'), path: 'data/improvement-plan/reviews/2026-07-10.csv' };
    const result = readImprovementPlan(areas, [review], TODAY);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.value.reviews[0]?.actions).toHaveLength(1);
  });
});
