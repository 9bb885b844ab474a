/**
 * The 20-week EHC needs assessment and plan timeline (SEND Regulations 2014,
 * regulations 5, 10 and 13; SEND Code of Practice 2015, chapter 9).
 * Weeks are calendar weeks counted from the day the council received the
 * request; weekends and bank holidays do not stop the clock. All arithmetic is
 * on UTC dates, so clock changes, leap years and month ends cannot shift a day.
 */
import { listInWords } from '../core/format';
import { addDays, isoDay, parseDate, parseDateParts, type DatePart, type DatePartsResult, type DateProblem } from '../core/dates';

export type StepId = 'request' | 'decision' | 'no-plan' | 'draft' | 'final';

export interface TimelineStep {
  id: StepId;
  /** Short heading, e.g. "Decision whether to assess". */
  title: string;
  /** Weeks after the request (the draft gives the usual range). */
  week: number | readonly [number, number];
  /** The deadline as YYYY-MM-DD; for the draft, the last date that still leaves 15 days before the final plan. */
  date: string;
  /** For the draft: when drafts usually arrive, as YYYY-MM-DD. */
  usual?: readonly [string, string];
  /** `law` for a deadline set in regulations; `practice` for a usual time that the law does not fix. */
  basis: 'law' | 'practice' | 'start';
  /** Plain English, with the dates filled in. */
  description: string;
  /** Where the rule comes from. */
  source: string;
}

export type TimelineResult = { ok: true; requestDate: string; steps: TimelineStep[] } | { ok: false; error: string; parts: DatePart[] };

function toUtc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Adds calendar weeks to a YYYY-MM-DD date. */
export function addWeeks(iso: string, weeks: number): string {
  return addDays(iso, weeks * 7);
}

/**
 * Adds calendar months, keeping the day where it exists and otherwise using the
 * month's last day (31 December + 2 months = 28 or 29 February).
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDay(target);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Tuesday 3 March 2026", the GOV.UK date style. */
export function formatLongDate(iso: string): string {
  const date = new Date(toUtc(iso));
  return `${DAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The example date in the hint, and in every error that gives an example: one form, in the boxes' order. */
export const REQUEST_DATE_EXAMPLE = '27 3 2026';

/** The calculator's question, its one hint, and the words its errors start from. */
export const REQUEST_DATE_FIELD = {
  legend: 'When did the council receive the request?',
  hint: `For example, ${REQUEST_DATE_EXAMPLE}. This is the date on the council’s letter or email, not the date you sent it.`,
  /** What the errors call the date. */
  name: 'The date the council received the request',
} as const;

/** The first day the 20-week rules applied (Children and Families Act 2014, Part 3). */
export const RULES_START = '2014-09-01';

/** What someone typed in the three boxes. */
export interface RequestDateParts {
  day: string;
  month: string;
  year: string;
}

export type RequestDateResult = { ok: true; date: string } | { ok: false; error: string; parts: DatePart[] };


/** An error in the GOV.UK date input's words, with the same example as the hint. */
export function requestDateError(problem: DateProblem): string {
  const name = REQUEST_DATE_FIELD.name;
  switch (problem.problem) {
    case 'empty':
      return 'Enter the date the council received the request';
    case 'missing':
      return `${name} must include a ${listInWords(problem.parts)}`;
    case 'year':
      return `${name} must have a year with 4 numbers, for example ${REQUEST_DATE_EXAMPLE}`;
    case 'not-real':
      return `${name} must be a real date, for example ${REQUEST_DATE_EXAMPLE}`;
  }
}

/** A date as one text (a page address): blank, a date, or not a date at all. */
function fromText(text: string): DatePartsResult {
  if (text.trim() === '') return parseDateParts('', '', '');
  const parsed = parseDate(text);
  return parsed.ok ? parsed : { ok: false, problem: 'not-real', parts: ['day'] };
}

/**
 * Reads the date a request was received, from the three boxes or from the page
 * address (`2026-03-27`, `27/03/2026`, `27 March 2026`): the same rules
 * (core/dates.ts) read both.
 */
export function readRequestDate(input: string | RequestDateParts): RequestDateResult {
  const parsed = typeof input === 'string' ? fromText(input) : parseDateParts(input.day, input.month, input.year);
  if (!parsed.ok) return { ok: false, error: requestDateError(parsed), parts: parsed.parts };
  if (parsed.date < RULES_START) {
    return { ok: false, error: `${REQUEST_DATE_FIELD.name} must be 1 September 2014 or later, when the 20-week rules started`, parts: ['year'] };
  }
  if (parsed.date > '2100-12-31') return { ok: false, error: `${REQUEST_DATE_FIELD.name} must have a year before 2101`, parts: ['year'] };
  return { ok: true, date: parsed.date };
}

/** Legal and usual deadlines, in weeks from the request. */
export const TIMELINE_WEEKS = {
  decision: 6,
  noPlan: 16,
  draftUsual: [14, 16] as const,
  final: 20,
  /** Days the parent or young person has to comment on the draft plan. */
  commentDays: 15,
} as const;

/**
 * Every deadline from the date the council received the request (typed in
 * the three boxes, or as one text). Returns an error value (never throws) if
 * the date is not a real date.
 */
export function ehcpTimeline(requestDate: string | RequestDateParts): TimelineResult {
  const parsed = readRequestDate(requestDate);
  if (!parsed.ok) return parsed;
  const start = parsed.date;
  const w = TIMELINE_WEEKS;
  const decision = addWeeks(start, w.decision);
  const noPlan = addWeeks(start, w.noPlan);
  const final = addWeeks(start, w.final);
  const latestDraft = addDays(final, -w.commentDays);
  const usual = [addWeeks(start, w.draftUsual[0]), addWeeks(start, w.draftUsual[1])] as const;
  const long = formatLongDate;

  const steps: TimelineStep[] = [
    {
      id: 'request',
      title: 'Request received',
      week: 0,
      date: start,
      basis: 'start',
      description: `The council received the request on ${long(start)}. The weeks are counted from this day.`,
      source: 'Children and Families Act 2014, section 36',
    },
    {
      id: 'decision',
      title: 'Decision whether to assess',
      week: w.decision,
      date: decision,
      basis: 'law',
      description: `By ${long(decision)}, the council must tell you whether it will carry out an EHC needs assessment. If it says no, it must tell you why and explain your right to appeal.`,
      source: 'SEND Regulations 2014, regulation 5(1); SEND Code of Practice, chapter 9',
    },
    {
      id: 'no-plan',
      title: 'If there will be no plan',
      week: w.noPlan,
      date: noPlan,
      basis: 'law',
      description: `If the council assesses and then decides not to issue a plan, it must tell you by ${long(noPlan)}, with its reasons and your right to appeal.`,
      source: 'SEND Regulations 2014, regulation 10(1); SEND Code of Practice, chapter 9',
    },
    {
      id: 'draft',
      title: 'Draft plan',
      week: w.draftUsual,
      date: latestDraft,
      usual,
      basis: 'practice',
      description:
        `The law does not set a week for the draft plan, but drafts usually arrive around weeks ${w.draftUsual[0]} to ${w.draftUsual[1]} ` +
        `(${long(usual[0])} to ${long(usual[1])}). You must have at least ${w.commentDays} days to comment on it and to ask for a school or college, ` +
        `so to meet the 20-week deadline the draft needs to reach you by ${long(latestDraft)}.`,
      source: 'SEND Regulations 2014, regulation 13(1); SEND Code of Practice, chapter 9',
    },
    {
      id: 'final',
      title: 'Final plan',
      week: w.final,
      date: final,
      basis: 'law',
      description: `By ${long(final)}, the council must send you the final EHC plan.`,
      source: 'SEND Regulations 2014, regulation 13(2); SEND Code of Practice, chapter 9',
    },
  ];
  return { ok: true, requestDate: start, steps };
}

/**
 * The same steps without dates, for the page without JavaScript and for
 * people who do not know their request date.
 */
export const TIMELINE_STEPS_IN_WORDS: readonly { id: StepId; title: string; when: string; description: string }[] = [
  {
    id: 'request',
    title: 'Request received',
    when: 'Day 1',
    description: 'The clock starts on the day the council receives the request, from you or from your child’s school or college.',
  },
  {
    id: 'decision',
    title: 'Decision whether to assess',
    when: 'Within 6 weeks',
    description: 'The council must tell you whether it will carry out an EHC needs assessment. If it says no, you can appeal.',
  },
  {
    id: 'no-plan',
    title: 'If there will be no plan',
    when: 'Within 16 weeks',
    description: 'If the council assesses and decides not to issue a plan, it must tell you by week 16. You can appeal.',
  },
  {
    id: 'draft',
    title: 'Draft plan',
    when: 'Usually weeks 14 to 16',
    description: 'You get a draft plan and at least 15 days to comment on it and to say which school or college you would like.',
  },
  {
    id: 'final',
    title: 'Final plan',
    when: 'Within 20 weeks',
    description: 'The council must send you the final plan within 20 weeks of the request.',
  },
];

/**
 * Situations where the law lets the council take longer (regulation 10(4)),
 * in plain English.
 */
export const TIMELINE_EXCEPTIONS: readonly string[] = [
  'the school or college is closed for at least 4 weeks in a row, for example in the summer holidays, when the council needs its advice',
  'something exceptional happens to the child, young person or family, such as a serious illness',
  'the child, young person or parent is away from the area for at least 4 weeks in a row',
  'the child or young person misses an appointment for an assessment',
];

/**
 * The last day to register an appeal with the SEND Tribunal: 2 months from the
 * decision letter, or 1 month from the mediation certificate if that is later
 * (Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care
 * Chamber) Rules 2008, rule 20; SEND Code of Practice, chapter 11).
 */
export function appealDeadline(decisionDate: string, certificateDate?: string): string {
  const fromDecision = addMonths(decisionDate, 2);
  if (certificateDate === undefined) return fromDecision;
  const fromCertificate = addMonths(certificateDate, 1);
  return fromCertificate > fromDecision ? fromCertificate : fromDecision;
}
