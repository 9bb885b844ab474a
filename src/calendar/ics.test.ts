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
