/**
 * The release calendar (Code of Practice for Statistics, practice T3.1):
 * every planned publication of every dataset for the next 12 months, worked
 * out from each dataset's schedule (./sources.ts), each with a team to
 * contact. A publication whose date has passed without it is "late", with
 * the reason from the change log (data/changes.csv: a line naming the
 * dataset's file and the period, e.g. `2026-11`) when there is one.
 */
import { addYears, isoDay } from '../core/dates';
import { formatDate, formatMonth, ordinal } from '../core/format';
import { dueDate } from '../core/schedule';
import { namesFile, type Change } from '../core/history/changes';
import { periodLabel, shiftPeriod } from '../indicators/period';
import type { CalendarSource } from './sources';

export interface PlannedPublication {
  /** Stable across builds: the dataset and the period, e.g. `ehcp-timeliness-2026-11`. */
  id: string;
  source: CalendarSource;
  /** What will be published: "EHC plans issued within 20 weeks: November 2026". */
  title: string;
  /** What a change-log line names to explain a delay: the period (`2026-11`, `2026-Q3`) or the month of an estimate. */
  what: string;
  /** `YYYY-MM-DD`: the day it is due by, or the first day of the month an estimate names. */
  date: string;
  /** `day` when the date is a promise; `month` when only the month is estimated. */
  precision: 'day' | 'month';
  /** Its date has passed and it is not published. */
  late: boolean;
  /** Why, from the change log, when a late publication has a line there. */
  lateReason: string | undefined;
  /** The team to contact about it. */
  contact: string;
}

export interface Contacts {
  /** The default team mailbox. */
  contact: string;
  contacts: Readonly<Partial<Record<string, string>>>;
}

/** The team mailbox for a dataset: its own, or the default. */
export function contactFor(source: Pick<CalendarSource, 'contactKey'>, contacts: Contacts): string {
  return contacts.contacts[source.contactKey] ?? contacts.contact;
}

/** The last day the calendar looks ahead to: a year from today. */
export function calendarEnd(today: Date): string {
  return addYears(isoDay(today), 1);
}

function reasonFor(source: CalendarSource, what: string, changes: readonly Change[]): string | undefined {
  return changes.find((c) => namesFile(c, source.file.display, source.file.data) && c.what.some((w) => w.trim().toLowerCase() === what.toLowerCase()))?.why;
}

type Planned = Pick<PlannedPublication, 'title' | 'what' | 'date' | 'precision'>;

/** A dataset's publications due up to `end` (`YYYY-MM-DD`), from its schedule. */
export function scheduledPublications(source: CalendarSource, end: string): Planned[] {
  const { schedule } = source;
  if (schedule.kind === 'periodic') {
    const planned: Planned[] = [];
    for (let step = 1; ; step++) {
      const period = shiftPeriod(schedule.latest, step);
      const date = dueDate(period.end, schedule.publishDay);
      if (date > end) return planned;
      planned.push({ title: `${source.name}: ${periodLabel(period)}`, what: period.key, date, precision: 'day' });
    }
  }
  if (schedule.kind === 'estimate') {
    const date = `${schedule.month}-01`;
    return date > end ? [] : [{ title: `${source.name}, expected around ${formatMonth(schedule.month)}`, what: schedule.month, date, precision: 'month' }];
  }
  return schedule.date > end ? [] : [{ title: source.name, what: schedule.date.slice(0, 4), date: schedule.date, precision: 'day' }];
}

/**
 * Every publication planned up to a year from today, in date order,
 * including any whose date has passed without it (late).
 */
export function plannedPublications(sources: readonly CalendarSource[], today: Date, changes: readonly Change[], contacts: Contacts): PlannedPublication[] {
  const day = isoDay(today);
  const end = calendarEnd(today);
  return sources
    .flatMap((source) =>
      scheduledPublications(source, end).map((p) => {
        // An estimate is late once its whole month has passed.
        const late = p.precision === 'month' ? p.date.slice(0, 7) < day.slice(0, 7) : p.date < day;
        return {
          ...p,
          id: `${source.id}-${p.what}`,
          source,
          late,
          lateReason: late ? reasonFor(source, p.what, changes) : undefined,
          contact: contactFor(source, contacts),
        };
      }),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'en-GB'));
}

export interface CalendarRow {
  id: string;
  /** "20 December 2026", or "March 2027 (estimate)". */
  when: string;
  date: string;
  title: string;
  href: string;
  late: boolean;
  /** For the list of late publications: "was due by 20 December 2026", or for an estimate (whose title says when) "has not been published yet". */
  overdue: string;
  /** For a late publication: why, or that we have not said yet. */
  lateReason: string | undefined;
}

export interface DatasetRow {
  name: string;
  href: string;
  /** How often it is published, in words. */
  schedule: string;
  /** When the next publication is due, in words; undefined when none falls in the next 12 months. */
  next: string | undefined;
  contact: string;
}

export interface CalendarView {
  /** Publications whose date has passed, earliest first. */
  late: CalendarRow[];
  /** Each dataset once: how often, when next, and who to contact. */
  datasets: DatasetRow[];
  /** Every planned publication, by month. */
  months: { month: string; label: string; rows: CalendarRow[] }[];
}

/** How often a dataset is published, in words: "Every month, by the 20th of the month after". */
export function scheduleWords(source: CalendarSource): string {
  const { schedule } = source;
  if (schedule.kind === 'estimate') return `About every ${schedule.gapMonths === 1 ? 'month' : `${schedule.gapMonths} months`} (an estimate from past reviews)`;
  if (schedule.kind === 'by') return 'At least once a year';
  const day = ordinal(schedule.publishDay);
  if (schedule.latest.kind === 'month') return `Every month, by the ${day} of the month after`;
  if (schedule.latest.kind === 'quarter') return `Every 3 months, by the ${day} of the month after each quarter ends`;
  return `Once a year, by the ${day} of January`;
}

function row(p: PlannedPublication): CalendarRow {
  return {
    id: p.id,
    when: p.precision === 'month' ? `${formatMonth(p.date.slice(0, 7))} (estimate)` : formatDate(p.date),
    date: p.date,
    title: p.title,
    href: p.source.href,
    late: p.late,
    overdue: p.precision === 'month' ? 'has not been published yet' : `was due by ${formatDate(p.date)}`,
    lateReason: p.late ? (p.lateReason ?? 'We have not yet said why.') : undefined,
  };
}

/** The calendar page: late publications, each dataset with its contact, and every publication by month. */
export function calendarView(sources: readonly CalendarSource[], planned: readonly PlannedPublication[], contacts: Contacts): CalendarView {
  const rows = planned.map(row);
  const months = [...new Set(rows.map((r) => r.date.slice(0, 7)))].map((month) => ({ month, label: formatMonth(month), rows: rows.filter((r) => r.date.startsWith(month)) }));
  return {
    late: rows.filter((r) => r.late),
    datasets: sources.map((source) => {
      const next = planned.find((p) => p.source.id === source.id);
      return {
        name: source.name,
        href: source.href,
        schedule: scheduleWords(source),
        next: next ? row(next).when : undefined,
        contact: contactFor(source, contacts),
      };
    }),
    months,
  };
}
