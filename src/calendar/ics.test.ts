import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Change } from '../core/history/changes';
import { plannedPublications } from './calendar';
import { escapeText, foldLine, icsInstant, toIcs } from './ics';
import { calendarSources } from './sources';
import { calendarInput } from './__fixtures__/sources';

const octets = (s: string) => new TextEncoder().encode(s).length;
const TODAY = new Date('2026-12-21T09:00:00Z');
const changes: Change[] = [{ date: '2026-12-18', file: 'data/ehcp-timeliness.csv', what: ['2026-11'], why: 'The case system, and its reports, were being replaced; sorry.' }];
const planned = plannedPublications(calendarSources(calendarInput({ today: TODAY })), TODAY, changes, { contact: 'statistics@council.example', contacts: {} });
const feed = { name: 'Test area: release calendar', siteUrl: 'https://localoffer.council.example/sub/', stamp: TODAY };

describe('the iCalendar feed', () => {
  const text = toIcs(planned, feed);

  it('is read by a calendar library (ical.js): one event per planned publication, each with a UID of its own', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(planned.length).toBeGreaterThan(10);
    expect(events).toHaveLength(planned.length);
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(planned.length);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Open Local Offer//Release calendar//EN');
    for (const [i, e] of events.entries()) {
      const p = planned[i]!;
      const event = new ICAL.Event(e);
      expect(event.uid).toBe(`${p.id}@localoffer.council.example`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(p.date);
      expect(e.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-21T09:00:00Z');
      // The site is under a path (/sub/): each event's page keeps it.
      expect(e.getFirstPropertyValue('url')).toBe(`https://localoffer.council.example/sub${p.source.href}`);
    }
  });

  it('says which are late, with the reason, and which are estimates, and names the team to contact', () => {
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const ehcp = events.find((e) => e.uid.startsWith('ehcp-timeliness-2026-11@'))!;
    expect(ehcp.summary).toBe('Late: EHC plans issued within 20 weeks: November 2026');
    expect(ehcp.description).toBe('Due by 2026-12-20.\nLate: The case system, and its reports, were being replaced; sorry.\nQuestions: statistics@council.example');
    expect(ehcp.component.getFirstPropertyValue('contact')).toBe('statistics@council.example');
    const estimate = events.find((e) => e.uid.startsWith('improvement-plan-'))!;
    expect(estimate.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    // An estimate spans its month: to the first day of the next.
    expect([estimate.startDate.toString(), estimate.endDate.toString()]).toEqual(['2026-11-01', '2026-12-01']);
  });

  it('ends every line with CRLF and keeps each line to 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/);
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
  });
});

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ascii = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(ascii).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 60]);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(ascii);
    const urdu = `SUMMARY:${'ہ'.repeat(60)}`;
    for (const line of foldLine(urdu).split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes instants in UTC', () => {
    expect(icsInstant(new Date('2026-06-30T23:30:00Z'))).toBe('20260630T233000Z');
  });
});

describe('an event from build to build', () => {
  const contacts = { contact: 'statistics@council.example', contacts: {} };
  const feedOn = (input: ReturnType<typeof calendarInput>, today: Date, log: Change[] = []) => {
    const events = new ICAL.Component(ICAL.parse(toIcs(plannedPublications(calendarSources({ ...input, today }), today, log, contacts), { ...feed, stamp: today }))).getAllSubcomponents('vevent');
    const review = events.find((e) => String(e.getFirstPropertyValue('summary')).includes('improvement plan'))!;
    return { uid: review.getFirstPropertyValue('uid'), start: review.getFirstPropertyValue('dtstart')?.toString(), sequence: review.getFirstPropertyValue('sequence'), stamp: review.getFirstPropertyValue('dtstamp')?.toString(), lastModified: review.getFirstPropertyValue('last-modified')?.toString() };
  };
  // A review's date corrected between two builds moves the estimate of the next from November to December.
  const corrected = calendarInput({ plan: { plan: { areas: [], reviews: [{ date: '2026-02-13', file: 'a.csv', actions: [] }, { date: '2026-07-10', file: 'b.csv', actions: [] }] }, reviewsFolder: 'data/improvement-plan/reviews' } });

  it('keeps its UID when an estimate moves to another month, and the later build has the later DTSTAMP, so applications move the event', () => {
    const first = feedOn(calendarInput(), new Date('2026-11-22T12:00:00Z'));
    const second = feedOn(corrected, new Date('2026-11-23T12:00:00Z'));
    expect([first.start, second.start]).toEqual(['2026-11-01', '2026-12-01']);
    expect(second.uid).toBe(first.uid);
    expect(first.uid).toBe('improvement-plan-review-3@localoffer.council.example');
    expect(second.stamp! > first.stamp!).toBe(true);
  });

  it('counts its revisions in SEQUENCE (planned, late, late with a reason) and dates the latest in LAST-MODIFIED', () => {
    const planned = feedOn(calendarInput(), new Date('2026-11-30T12:00:00Z'));
    const late = feedOn(calendarInput(), new Date('2026-12-02T12:00:00Z'));
    const why: Change[] = [{ date: '2026-12-04', file: 'data/improvement-plan/reviews/', what: ['review-3'], why: 'The board met late.' }];
    const explained = feedOn(calendarInput(), new Date('2026-12-05T12:00:00Z'), why);
    expect([planned.sequence, late.sequence, explained.sequence]).toEqual([0, 1, 2]);
    expect([planned.lastModified, late.lastModified, explained.lastModified]).toEqual([undefined, '2026-12-01T00:00:00Z', '2026-12-04T00:00:00Z']);
    expect(new Set([planned.uid, late.uid, explained.uid]).size).toBe(1);
  });
});
