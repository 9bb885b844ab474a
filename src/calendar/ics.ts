/**
 * The release calendar as an iCalendar feed (RFC 5545) that calendar
 * applications subscribe to: one all-day event per planned publication, with
 * a UID that stays the same from build to build so an application updates an
 * event rather than adding it twice. Lines end CRLF and are folded at 75
 * octets, as the standard asks.
 */
import { formatMonth } from '../core/format';
import type { PlannedPublication } from './calendar';
import { absoluteUrl } from '../core/base-path';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line longer than 75 octets (RFC 5545 3.1): CRLF and a space
 * before each further piece, never splitting a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; a continuation line holds 74 after its leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** `2026-12-20` → `20261220`. */
function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

/** The day after `YYYY-MM-DD`, or the first day of the next month for a month-long estimate. */
function endDate(p: Pick<PlannedPublication, 'date' | 'precision'>): string {
  const d = new Date(`${p.date}T00:00:00Z`);
  if (p.precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An instant as an iCalendar UTC date-time: `20261122T120000Z`. */
export function icsInstant(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface CalendarFeed {
  /** The calendar's name in applications. */
  name: string;
  /** The site's address, for each event's link and to make UIDs unique to this site. */
  siteUrl: string;
  /** When the feed was made (the build), for DTSTAMP. */
  stamp: Date;
}

/** The feed's text: a VCALENDAR with one VEVENT per planned publication. */
export function toIcs(planned: readonly PlannedPublication[], feed: CalendarFeed): string {
  const host = new URL(feed.siteUrl).host;
  const stamp = icsInstant(feed.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Open Local Offer//Release calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    ...planned.flatMap((p) => {
      const estimate = p.precision === 'month';
      const about = [
        estimate ? `Expected during ${formatMonth(p.date.slice(0, 7))}: an estimate, not a promise.` : `Due by ${p.date}.`,
        p.late ? `Late${p.lateReason ? `: ${p.lateReason}` : '.'}` : '',
        `Questions: ${p.contact}`,
      ].filter(Boolean);
      return [
        'BEGIN:VEVENT',
        `UID:${p.id}@${host}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${icsDate(p.date)}`,
        `DTEND;VALUE=DATE:${icsDate(endDate(p))}`,
        `SUMMARY:${escapeText(p.late ? `Late: ${p.title}` : p.title)}`,
        `DESCRIPTION:${escapeText(about.join('\n'))}`,
        `URL:${absoluteUrl(p.source.href, feed.siteUrl)}`,
        `CONTACT:${escapeText(p.contact)}`,
        `STATUS:${estimate ? 'TENTATIVE' : 'CONFIRMED'}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
