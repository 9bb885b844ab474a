import { describe, expect, it } from 'vitest';
import type { ActionStatus, Due, ImprovementPlan, PlanAction, PlanReview } from './schema';
import { compareReviews, countChanges, describeChange, latestChanges } from './changes';

function act(action_id: string, area_id: string, status: ActionStatus, due: Due, update?: string): PlanAction {
  return { action_id, area_id, action: `Action ${action_id}`, lead: 'Head of SEND Services', due, status, ...(update ? { update } : {}) };
}

const review = (date: string, actions: PlanReview['actions']): PlanReview => ({ date, file: `data/improvement-plan/reviews/${date}.csv`, actions });

const BEFORE = review('2026-03-13', [
  act('1.1', 'A1', 'achieved', '2025-06'),
  act('1.2', 'A1', 'on track', '2026-06'),
  act('2.1', 'A2', 'on track', '2026-03'),
  act('2.2', 'A2', 'delayed', '2025-09'),
  act('2.3', 'A2', 'partly achieved', '2026-05'),
  act('4.5', 'A4', 'delayed', '2025-12'),
  act('4.6', 'A4', 'on track', '2026-02'),
]);

const AFTER = review('2026-07-10', [
  act('1.1', 'A1', 'achieved', '2025-06'),
  act('1.2', 'A1', 'achieved', '2026-06'),
  act('2.1', 'A2', 'delayed', '2026-03-31'), // same deadline written as a day: not a move
  act('2.2', 'A2', 'on track', '2026-06'),
  act('2.3', 'A2', 'not started', '2026-05'),
  act('APP-4.1', 'A4', 'on track', '2026-12', 'Replaces 4.5 after the revisit.'),
]);

describe('compareReviews', () => {
  const changes = compareReviews(BEFORE, AFTER);

  it('finds each kind of change, grouped by type', () => {
    expect(changes.map((c) => [c.type, c.action.action_id])).toEqual([
      ['newly achieved', '1.2'],
      ['newly delayed', '2.1'],
      ['status changed', '2.2'],
      ['status changed', '2.3'],
      ['due date moved', '2.2'],
      ['new action', 'APP-4.1'],
      ['removed action', '4.5'],
      ['removed action', '4.6'],
    ]);
  });

  it('keeps the from and to of a status change and a due date move', () => {
    expect(changes.find((c) => c.type === 'status changed')).toMatchObject({ from: 'delayed', to: 'on track' });
    expect(changes.find((c) => c.type === 'due date moved')).toMatchObject({ from: '2025-09', to: '2026-06', later: true });
  });

  it('notes which new action replaces a removed one', () => {
    expect(changes.filter((c) => c.type === 'removed action').map((c) => (c.type === 'removed action' ? c.replacedBy : []))).toEqual([['APP-4.1'], []]);
  });

  it('describes each change in a sentence', () => {
    expect(changes.map(describeChange)).toEqual([
      'Action 1.2 is now achieved (it was on track).',
      'Action 2.1 is now delayed (it was on track).',
      'Action 2.2 is now on track (it was delayed).',
      'Action 2.3 is now marked not started (it was partly achieved).',
      'Action 2.2 is now due later: June 2026 instead of September 2025.',
      'Action APP-4.1 is new in this review.',
      'Action 4.5 is no longer in the plan. It was replaced by action APP-4.1.',
      'Action 4.6 is no longer in the plan.',
    ]);
  });

  it('describes a due date brought forward', () => {
    const earlier = compareReviews(review('2026-03-13', [act('1', 'A1', 'on track', '2026-09-30')]), review('2026-07-10', [act('1', 'A1', 'on track', '2026-08')]));
    expect(earlier.map(describeChange)).toEqual(['Action 1 is now due earlier: August 2026 instead of 30 September 2026.']);
  });

  it('counts changes by type', () => {
    expect(countChanges(changes)).toEqual({
      'newly achieved': 1,
      'newly delayed': 1,
      'status changed': 2,
      'due date moved': 1,
      'new action': 1,
      'removed action': 2,
    });
  });
});

describe('latestChanges', () => {
  it('compares the two newest reviews', () => {
    const plan: ImprovementPlan = { areas: [], reviews: [review('2025-11-14', []), BEFORE, AFTER] };
    const result = latestChanges(plan);
    expect(result?.previous.date).toBe('2026-03-13');
    expect(result?.latest.date).toBe('2026-07-10');
    expect(result?.changes).toHaveLength(8);
  });

  it('is undefined with only one review', () => {
    expect(latestChanges({ areas: [], reviews: [AFTER] })).toBeUndefined();
  });
});
