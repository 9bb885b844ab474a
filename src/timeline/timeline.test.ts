import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWeeks, appealDeadline, ehcpTimeline, formatLongDate, TIMELINE_STEPS_IN_WORDS } from './timeline';

function stepDate(request: string, id: string): string {
  const result = ehcpTimeline(request);
  if (!result.ok) throw new Error(result.error);
  const step = result.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step.date;
}

describe('ehcpTimeline', () => {
  it('counts 20 calendar weeks (140 days) from the request date', () => {
    expect(stepDate('2026-03-02', 'final')).toBe('2026-07-20');
    expect(stepDate('2026-03-02', 'decision')).toBe('2026-04-13');
    expect(stepDate('2026-03-02', 'no-plan')).toBe('2026-06-22');
  });

  it('keeps the weekday: deadlines fall on the same day of the week as the request', () => {
    const result = ehcpTimeline('2026-01-09');
    if (!result.ok) throw new Error(result.error);
    const weekday = new Date('2026-01-09T00:00:00Z').getUTCDay();
    for (const step of result.steps.filter((s) => s.basis === 'law')) {
      expect(new Date(`${step.date}T00:00:00Z`).getUTCDay()).toBe(weekday);
    }
  });

  it('handles a leap year: 2028-01-10 + 20 weeks crosses 29 February', () => {
    expect(stepDate('2028-01-10', 'decision')).toBe('2028-02-21');
    expect(stepDate('2028-01-10', 'final')).toBe('2028-05-29');
    // the same request in a non-leap year lands a day later in the calendar
    expect(stepDate('2027-01-10', 'final')).toBe('2027-05-30');
  });

  it('crosses the year end', () => {
    expect(stepDate('2026-11-20', 'decision')).toBe('2027-01-01');
    expect(stepDate('2026-11-20', 'final')).toBe('2027-04-09');
  });

  it('gives the draft plan as the usual weeks 14–16 and the latest date that leaves 15 days', () => {
    const result = ehcpTimeline('2026-03-02');
    if (!result.ok) throw new Error(result.error);
    const draft = result.steps.find((s) => s.id === 'draft');
    expect(draft?.basis).toBe('practice');
    expect(draft?.usual).toEqual(['2026-06-08', '2026-06-22']);
    expect(draft?.date).toBe('2026-07-05'); // 15 days before 20 July
    expect(draft?.description).toContain('does not set a week');
  });

  it('writes each step in plain English with the dates filled in', () => {
    const result = ehcpTimeline('2026-03-02');
    if (!result.ok) throw new Error(result.error);
    expect(result.steps.find((s) => s.id === 'final')?.description).toBe('By Monday 20 July 2026, the council must send you the final EHC plan.');
    expect(result.steps.map((s) => s.id)).toEqual(TIMELINE_STEPS_IN_WORDS.map((s) => s.id));
  });

  it('accepts UK day-first dates', () => {
    expect(stepDate('02/03/2026', 'final')).toBe('2026-07-20');
  });

  it('returns an error value for dates that are not real', () => {
    for (const bad of ['2026-02-30', 'next Tuesday', '', '2026-13-01', '1999-01-01']) {
      const result = ehcpTimeline(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^Enter/);
    }
  });
});

describe('date helpers', () => {
  it('adds days and weeks across month ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // across the clock change
  });

  it('adds months, using the last day when a month is shorter', () => {
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
  });

  it('formats dates in the GOV.UK style', () => {
    expect(formatLongDate('2028-02-29')).toBe('Tuesday 29 February 2028');
  });

  it('works out the appeal deadline: 2 months, or 1 month from a later mediation certificate', () => {
    expect(appealDeadline('2026-03-10')).toBe('2026-05-10');
    expect(appealDeadline('2026-03-10', '2026-04-01')).toBe('2026-05-10');
    expect(appealDeadline('2026-03-10', '2026-04-25')).toBe('2026-05-25');
  });
});
