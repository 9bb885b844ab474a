/**
 * The improvement plan's files (Written Statement of Action or Accelerated
 * Progress Plan): what `data/improvement-plan/areas.csv` and each review in
 * `data/improvement-plan/reviews/YYYY-MM-DD.csv` hold, and the types read from them.
 * Each review file is a full snapshot; the newest is "now", all of them are the history.
 */
import { z } from 'zod';
import { cellType, optionalDate, oneOf, optionalOneOf, optionalText, parseDate, parseMonth, text, type CellResult, type Month } from '../core/fields';

/** Statuses in the order a page lists them: done first, then best to worst. */
export const ACTION_STATUSES = ['achieved', 'on track', 'partly achieved', 'delayed', 'not started'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const REVISIT_OUTCOMES = ['sufficient progress', 'not sufficient progress'] as const;
export type RevisitOutcome = (typeof REVISIT_OUTCOMES)[number];

/** A due date as typed: a month (`2026-10`, meaning by the end of it) or a day (`2026-10-15`). */
export type Due = Month | `${number}-${string}-${string}`;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** An identifier used in links and to match rows across files, so no spaces. */
const id = z.string().refine((raw) => ID_PATTERN.test(raw.trim()), {
  message: 'a short id of letters, numbers, dots or hyphens with no spaces, such as A1 or 2.3',
});

const EXPECT_DUE = 'a due date such as 2026-10-31, or a month such as 2026-10 (31/10/2026 and Oct-26 also work)';

/** Reads a due cell as a day if it names one, otherwise as a month. */
export function parseDue(raw: string): { ok: true; due: Due } | { ok: false; reason: string } {
  const asDate = parseDate(raw);
  if (asDate.ok) return { ok: true, due: asDate.date as Due };
  const asMonth = parseMonth(raw);
  if (asMonth.ok) return { ok: true, due: asMonth.month };
  // A cell shaped like a whole date gets the date's reason ("not a real date").
  const reason = asDate.reason === 'it is not in a form we recognise' ? asMonth.reason : asDate.reason;
  return { ok: false, reason };
}

const due = cellType(EXPECT_DUE, (raw): CellResult<Due> => {
  const result = parseDue(raw);
  return result.ok ? { ok: true, value: result.due } : { ok: false, reason: result.reason };
}).required;

/** A link people can open from the page: only http and https, never a shared drive path. */
const evidenceUrl = z.string().transform((raw, ctx) => {
  const cell = raw.trim();
  if (cell === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(cell);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return cell;
  const hint = /^www\./i.test(cell) ? ' (add https:// to the start of this one)' : '';
  ctx.addIssue({
    code: 'custom',
    message: `a web address starting with https:// or http://, such as https://www.example.gov.uk/send-report.pdf, or an empty cell${hint}`,
  });
  return z.NEVER;
});

export const AREAS_COLUMNS = {
  required: ['area_id', 'title', 'finding', 'plan'],
  optional: ['revisit_outcome', 'revisit_date'],
} as const;

export const planAreaSchema = z.object({
  /** Short id that review files use to say which area an action belongs to, e.g. `A1`. */
  area_id: id.transform((raw) => raw.trim()),
  /** The area of weakness in a few words, e.g. "Preparing for adulthood". */
  title: text,
  /** What the inspectors found, in plain English. */
  finding: text,
  /** The plan this area is in now, e.g. `WSoA 2023` or `APP 2025`. */
  plan: text,
  /** What inspectors found at the revisit, if there has been one. */
  revisit_outcome: optionalOneOf(REVISIT_OUTCOMES).optional(),
  /** The date of the revisit (it may be set before the outcome is known). */
  revisit_date: optionalDate.optional(),
});

export type PlanArea = z.output<typeof planAreaSchema>;

export const REVIEW_COLUMNS = {
  required: ['action_id', 'area_id', 'action', 'lead', 'due', 'status'],
  optional: ['update', 'evidence_url'],
} as const;

export const planActionSchema = z.object({
  /** Stable id for the action across all reviews, e.g. `2.3` or `APP-4.1`. */
  action_id: id.transform((raw) => raw.trim()),
  /** The area of weakness the action belongs to; must be in areas.csv. */
  area_id: id.transform((raw) => raw.trim()),
  /** What will be done, in plain English. */
  action: text,
  /** Who is responsible, as a job title (not a person's name). */
  lead: text,
  /** When it should be done by: a month means by the end of that month. */
  due,
  /** Where the action stood at this review. */
  status: oneOf(ACTION_STATUSES),
  /** What has happened, in plain English. */
  update: optionalText.optional(),
  /** A link to evidence, such as a report or a page. */
  evidence_url: evidenceUrl.optional(),
});

export type PlanAction = z.output<typeof planActionSchema>;

export interface PlanReview {
  /** The review date from the file name, `YYYY-MM-DD`. */
  date: string;
  /** The file's path as committed, so every figure can be traced to it. */
  file: string;
  /** Actions in the order the file lists them. */
  actions: PlanAction[];
}

export interface ImprovementPlan {
  areas: PlanArea[];
  /** Oldest first: the last one is the current position. */
  reviews: PlanReview[];
}

/** The newest review, i.e. where things stand now. */
export function latestReview(plan: ImprovementPlan): PlanReview | undefined {
  return plan.reviews.at(-1);
}

/** The review before the newest, to say what changed. */
export function previousReview(plan: ImprovementPlan): PlanReview | undefined {
  return plan.reviews.at(-2);
}

/** The last day a due date allows, `YYYY-MM-DD`: a month means its last day. */
export function dueDeadline(d: Due): string {
  if (d.length > 7) return d;
  const [y, m] = d.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${d}-${String(last).padStart(2, '0')}`;
}

export interface PlanData extends ImprovementPlan {
  /** Where the plan came from, for "last updated" and messages: its folder, areas.csv and the reviews folder. */
  files: { folder: string; areas: string; reviews: string };
}
