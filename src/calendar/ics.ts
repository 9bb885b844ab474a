/**
 * The release calendar as an iCalendar feed (RFC 5545) that calendar
 * applications subscribe to: one all-day event per planned publication, with
 * a UID that stays the same from build to build (the dataset and what is
 * published, never the date) so an application moves or updates an event
 * rather than adding it twice. Lines end CRLF and are folded at 75 octets,
 * as the standard asks.
 *
 * Which version of an event is newest (RFC 5546 2.1.5): the higher SEQUENCE,
 * then the later DTSTAMP. DTSTAMP is the build, so each day's feed updates
 * a moved estimate; SEQUENCE counts the revisions the data dates, and
 * LAST-MODIFIED says when the latest of them was (see `revision`).
 */
import { formatMonth } from '../core/format';
import { dayAfter, type PlannedPublication } from './calendar';
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

/**
 * An event's revisions, in the order they happen: planned (0), late from the
 * day after its date (1), and late with its reason from the change log (2);
 * the revision's day is LAST-MODIFIED. A planned event has no revision to
 * date. Nothing is kept between builds, so a late estimate whose month moves
 * later is planned again (0): the later DTSTAMP of the later build is what
 * makes its version the newer one then.
 */
export function revision(p: Pick<PlannedPublication, 'late' | 'lateSince' | 'lateReason' | 'lateReasonDate'>): { sequence: number; lastModified: string | undefined } {
  if (!p.late) return { sequence: 0, lastModified: undefined };
  if (p.lateReason === undefined) return { sequence: 1, lastModified: p.lateSince };
  const days = [p.lateSince, p.lateReasonDate].filter((d): d is string => d !== undefined).sort();
  return { sequence: 2, lastModified: days.at(-1) };
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
      const { sequence, lastModified } = revision(p);
      return [
        'BEGIN:VEVENT',
        `UID:${p.id}@${host}`,
        `DTSTAMP:${stamp}`,
        `SEQUENCE:${sequence}`,
        ...(lastModified ? [`LAST-MODIFIED:${icsDate(lastModified)}T000000Z`] : []),
        `DTSTART;VALUE=DATE:${icsDate(p.date)}`,
        `DTEND;VALUE=DATE:${icsDate(dayAfter(p))}`,
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
