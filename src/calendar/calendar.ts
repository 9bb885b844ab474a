/**
 * The release calendar (Code of Practice for Statistics, practice T3.1):
 * every planned publication of every dataset for the next 12 months, worked
 * out from each dataset's schedule (./sources.ts), each with a team to
 * contact. A publication whose date has passed without it is "late", with
 * the reason from the change log (data/changes.csv: a line naming the
 * dataset's file and the period, e.g. `2026-11`) when there is one.
 */
import { addDays, addYears, isoDay } from '../core/dates';
import { addMonths, formatDate, formatMonth, formatMonthName, ordinal } from '../core/format';
import { dueDate } from '../core/schedule';
import { namesFile, type Change } from '../core/history/changes';
import { periodLabel, shiftPeriod } from '../indicators/period';
import type { CalendarSource } from './sources';

export interface PlannedPublication {
  /**
   * Stable across builds: the dataset and what is published, never an
   * estimate's month (`ehcp-timeliness-2026-11`, `improvement-plan-review-3`),
   * so a calendar application moves the event when its date moves.
   */
  id: string;
  source: CalendarSource;
  /** What will be published: "EHC plans issued within 20 weeks: November 2026". */
  title: string;
  /** What a change-log line names to explain a delay: the period (`2026-11`, `2026-Q3`), or an estimate's month or key (`review-3`). */
  what: string;
  /** The part of the id after the dataset's: the period, the estimate's key, or the year of a date. */
  key: string;
  /** `YYYY-MM-DD`: the day it is due by, or the first day of the month an estimate names. */
  date: string;
  /** `day` when the date is a promise; `month` when only the month is estimated. */
  precision: 'day' | 'month';
  /** Its date has passed and it is not published. */
  late: boolean;
  /** The first day it was late (`YYYY-MM-DD`): the day after its date, or after its month for an estimate. */
  lateSince: string | undefined;
  /** Why, from the change log, when a late publication has a line there. */
  lateReason: string | undefined;
  /** The day of that change-log line. */
  lateReasonDate: string | undefined;
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
  return (source.contactKey && contacts.contacts[source.contactKey]) || contacts.contact;
}

/** The last day the calendar looks ahead to: a year from today. */
export function calendarEnd(today: Date): string {
  return addYears(isoDay(today), 1);
}

function reasonFor(source: CalendarSource, p: Pick<Planned, 'what' | 'key'>, changes: readonly Change[]): Change | undefined {
  const names = [p.what.toLowerCase(), p.key.toLowerCase()];
  return changes.find((c) => namesFile(c, source.file.display, source.file.data) && c.what.some((w) => names.includes(w.trim().toLowerCase())));
}

type Planned = Pick<PlannedPublication, 'title' | 'what' | 'key' | 'date' | 'precision'>;

/** A dataset's publications from its schedule, in date order, without end (a periodic schedule never stops). */
export function* schedulePublications(source: CalendarSource): Generator<Planned> {
  const { schedule } = source;
  if (schedule.kind === 'periodic') {
    for (let step = 1; ; step++) {
      const period = shiftPeriod(schedule.latest, step);
      yield { title: `${source.name}: ${periodLabel(period)}`, what: period.key, key: period.key, date: dueDate(period.end, schedule.publishDay), precision: 'day' };
    }
  }
  if (schedule.kind === 'estimate') {
    const label = schedule.basis.from === 'dfe-yearly' ? `: ${schedule.basis.label}` : '';
    yield { title: `${source.name}${label}, expected around ${formatMonth(schedule.month)}`, what: schedule.month, key: schedule.key, date: `${schedule.month}-01`, precision: 'month' };
  }
  if (schedule.kind === 'by') yield { title: source.name, what: schedule.date.slice(0, 4), key: schedule.date.slice(0, 4), date: schedule.date, precision: 'day' };
}

/** A dataset's publications due up to `end` (`YYYY-MM-DD`), from its schedule. */
export function scheduledPublications(source: CalendarSource, end: string): Planned[] {
  const planned: Planned[] = [];
  for (const p of schedulePublications(source)) {
    if (p.date > end) break;
    planned.push(p);
  }
  return planned;
}

/** A dataset's next publication however far ahead (a yearly one may be beyond the calendar's 12 months); none for a directory updated continuously. */
export function nextPublication(source: CalendarSource): Planned | undefined {
  return schedulePublications(source).next().value ?? undefined;
}

/** The first day after a publication's date, or after an estimate's month: the day it is late from, and its event's end. */
export function dayAfter(p: Pick<Planned, 'date' | 'precision'>): string {
  return p.precision === 'month' ? `${addMonths(p.date.slice(0, 7), 1)}-01` : addDays(p.date, 1);
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
        const lateSince = dayAfter(p);
        const late = lateSince <= day;
        const reason = late ? reasonFor(source, p, changes) : undefined;
        return {
          ...p,
          id: `${source.id}-${p.key}`,
          source,
          late,
          lateSince: late ? lateSince : undefined,
          lateReason: reason?.why,
          lateReasonDate: reason?.date,
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
  /**
   * When the next publication is due, in words ("by 20 January 2028", "around
   * March 2027 (estimate)"), even beyond the calendar's 12 months; undefined
   * for a dataset updated continuously, which has no set dates.
   */
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
  /** Some dates are only estimated months: the page says what an estimate is. */
  hasEstimates: boolean;
}

/** How often a dataset is published, in words: "Every month, by the 20th of the month after". */
export function scheduleWords(source: CalendarSource): string {
  const { schedule } = source;
  if (schedule.kind === 'estimate') {
    const { basis } = schedule;
    if (basis.from === 'dfe-yearly') return `Once a year, after the Department for Education (DfE) publishes its figures, usually in ${formatMonthName(schedule.month)} (an estimate)`;
    return `About every ${basis.gapMonths === 1 ? 'month' : `${basis.gapMonths} months`} (an estimate from past reviews)`;
  }
  if (schedule.kind === 'by') return 'At least once a year';
  if (schedule.kind === 'continuous') return 'Whenever a service changes: we update it as soon as we hear';
  const day = ordinal(schedule.publishDay);
  if (schedule.latest.kind === 'month') return `Every month, by the ${day} of the month after`;
  if (schedule.latest.kind === 'quarter') return `Every 3 months, by the ${day} of the month after each quarter ends`;
  return `Once a year, by the ${day} of January`;
}

/** "by 20 December 2026", or "around March 2027 (estimate)": a dataset's next publication. */
export function nextWords(p: Pick<Planned, 'date' | 'precision'>, late = false): string {
  if (p.precision === 'month') return `around ${formatMonth(p.date.slice(0, 7))} (estimate${late ? ', now late' : ''})`;
  return `by ${formatDate(p.date)}${late ? ' (late)' : ''}`;
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
      // The first planned (perhaps late); beyond the 12 months, still the next one its schedule gives.
      const listed = planned.find((p) => p.source.id === source.id);
      const next = listed ?? nextPublication(source);
      return {
        name: source.name,
        href: source.href,
        schedule: scheduleWords(source),
        next: next && nextWords(next, listed?.late),
        contact: contactFor(source, contacts),
      };
    }),
    months,
    hasEstimates: sources.some((source) => source.schedule.kind === 'estimate'),
  };
}
