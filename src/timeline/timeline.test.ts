import { describe, expect, it } from 'vitest';
import { addDays } from '../core/dates';
import { addMonths, addWeeks, appealDeadline, ehcpTimeline, formatLongDate, REQUEST_DATE_EXAMPLE, REQUEST_DATE_FIELD, TIMELINE_STEPS_IN_WORDS } from './timeline';

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

  it('accepts the forms a page address may hold, and the three boxes', () => {
    for (const form of ['2026-03-02', '02/03/2026', '2 March 2026', '2 Mar 2026', '2 3 2026']) expect(stepDate(form, 'final'), form).toBe('2026-07-20');
    const boxes = ehcpTimeline({ day: '2', month: '3', year: '2026' });
    expect(boxes.ok && boxes.requestDate).toBe('2026-03-02');
  });

  it('gives the dates the issue measured for a request on 15 December 2026', () => {
    const result = ehcpTimeline('15 December 2026');
    if (!result.ok) throw new Error(result.error);
    const at = (id: string) => formatLongDate(result.steps.find((s) => s.id === id)!.date);
    expect([at('decision'), at('draft'), at('final')]).toEqual(['Tuesday 26 January 2027', 'Monday 19 April 2027', 'Tuesday 4 May 2027']);
    expect(result.steps.find((s) => s.id === 'draft')!.usual!.map(formatLongDate)).toContain('Tuesday 6 April 2027');
  });

  it('returns errors in the GOV.UK words, each giving the hint’s own example, and the boxes to mark', () => {
    const error = (input: Parameters<typeof ehcpTimeline>[0]) => {
      const result = ehcpTimeline(input);
      return result.ok ? undefined : { error: result.error, parts: result.parts };
    };
    expect(error('')).toEqual({ error: 'Enter the date the council received the request', parts: ['day', 'month', 'year'] });
    expect(error({ day: '15', month: '', year: '' })).toEqual({ error: 'The date the council received the request must include a month and year', parts: ['month', 'year'] });
    expect(error({ day: '', month: '12', year: '2026' })).toEqual({ error: 'The date the council received the request must include a day', parts: ['day'] });
    expect(error('2026-02-30')).toEqual({ error: `The date the council received the request must be a real date, for example ${REQUEST_DATE_EXAMPLE}`, parts: ['day'] });
    expect(error({ day: '5', month: '13', year: '2026' })?.parts).toEqual(['month']);
    expect(error({ day: '5', month: '1', year: '26' })).toEqual({ error: `The date the council received the request must have a year with 4 numbers, for example ${REQUEST_DATE_EXAMPLE}`, parts: ['year'] });
    expect(error('next Tuesday')?.error).toContain(`for example ${REQUEST_DATE_EXAMPLE}`);
    expect(REQUEST_DATE_FIELD.hint).toContain(`For example, ${REQUEST_DATE_EXAMPLE}.`);
  });

  it('refuses a date before the 20-week rules started, on each side of 1 September 2014', () => {
    expect(error2('31 August 2014')).toContain('1 September 2014 or later');
    expect(ehcpTimeline('1 September 2014').ok).toBe(true);
    expect(error2('1999-01-01')).toContain('1 September 2014 or later');
  });
});

function error2(input: string): string | undefined {
  const result = ehcpTimeline(input);
  return result.ok ? undefined : result.error;
}

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
