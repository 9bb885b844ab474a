/**
 * Reading and checking the improvement plan (Written Statement of Action or
 * Accelerated Progress Plan): `data/improvement-plan/areas.csv` and one file per
 * progress review in `data/improvement-plan/reviews/YYYY-MM-DD.csv`.
 * Each review file is a full snapshot; the newest is "now", all of them are the history.
 */
import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import { readCsvBytes, type CsvTable } from '../core/csv';
import { date, oneOf, optionalText, parseDate, parseMonth, text, type Month } from '../core/fields';
import { formatDate } from '../core/format';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { findDuplicates, validateRows, type WithRow } from '../core/validate';

/** Statuses in the order a page lists them: done first, then best to worst. */
export const ACTION_STATUSES = ['achieved', 'on track', 'partly achieved', 'delayed', 'not started'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const REVISIT_OUTCOMES = ['sufficient progress', 'not sufficient progress'] as const;
export type RevisitOutcome = (typeof REVISIT_OUTCOMES)[number];

/** A due date as typed: a month (`2026-10`, meaning by the end of it) or a day (`2026-10-15`). */
export type Due = Month | `${number}-${string}-${string}`;

/** One uploaded file: the path as committed (for messages) and its bytes. */
export interface PlanFile {
  path: string;
  bytes: Uint8Array;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** An identifier used in links and to match rows across files, so no spaces. */
const id = z.string().refine((raw) => ID_PATTERN.test(raw.trim()), {
  message: 'a short id of letters, numbers, dots or hyphens with no spaces, such as A1 or 2.3',
});

/** Like `oneOf`, but a blank cell means "not given". */
function optionalOneOf<const T extends readonly string[]>(allowed: T) {
  const field = oneOf(allowed);
  return z.string().transform((raw, ctx) => {
    if (raw.trim() === '') return undefined;
    const parsed = field.safeParse(raw);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `one of: ${allowed.join(', ')}, or an empty cell` });
      return z.NEVER;
    }
    return parsed.data;
  });
}

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

const due = z.string().transform((raw, ctx) => {
  const result = parseDue(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `${EXPECT_DUE}, but ${result.reason}` });
    return z.NEVER;
  }
  return result.due;
});

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
  revisit_date: z.string().transform((raw, ctx) => {
    if (raw.trim() === '') return undefined;
    const parsed = date.safeParse(raw);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0]?.message ?? 'a date'}, or an empty cell` });
      return z.NEVER;
    }
    return parsed.data;
  }).optional(),
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

/** `today` as `YYYY-MM-DD` (UTC, as the build runs). */
export function isoDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '.';
}

/** The review date a file's name gives, or the problem with the name. */
export function reviewDateFromPath(path: string, today: Date): { ok: true; date: string } | { ok: false; problem: DataProblem } {
  const name = fileName(path);
  const expected = 'a file name that is the date of the review, such as 2026-07-10.csv';
  const match = name.match(/^(\d{4}-\d{2}-\d{2})\.csv$/i);
  if (!match) {
    return {
      ok: false,
      problem: problem({ file: path, value: name, expected, fix: 'Rename the file to the date of the review as year-month-day, so the site knows the order of the reviews.' }),
    };
  }
  const parsed = parseDate(match[1]!);
  if (!parsed.ok) {
    return { ok: false, problem: problem({ file: path, value: name, expected, fix: `${match[1]} is not a real date. Check the day and month.` }) };
  }
  if (parsed.date > isoDay(today)) {
    return {
      ok: false,
      problem: problem({
        file: path,
        value: name,
        expected: `a review date that has passed (today is ${formatDate(today)})`,
        fix: 'Check the year in the file name. If the review has not happened yet, add the file after it has.',
      }),
    };
  }
  return { ok: true, date: parsed.date };
}

/** Statuses people often type instead of ours, and what they most likely mean. */
const STATUS_SYNONYMS: Record<string, ActionStatus> = {
  complete: 'achieved',
  completed: 'achieved',
  done: 'achieved',
  met: 'achieved',
  'in progress': 'on track',
  'on target': 'on track',
  ongoing: 'on track',
  partial: 'partly achieved',
  'partially achieved': 'partly achieved',
  'partially met': 'partly achieved',
  late: 'delayed',
  behind: 'delayed',
  overdue: 'delayed',
  'not yet started': 'not started',
};

/** A hint for a status we could not read: the likely word, or why colours are not allowed. */
export function statusFix(value: string): string | undefined {
  const cleaned = value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const likely = STATUS_SYNONYMS[cleaned];
  if (likely) return `Did you mean "${likely}"?`;
  if (['red', 'amber', 'green', 'blue', 'rag', 'r', 'a', 'g'].includes(cleaned)) {
    return 'Use the words rather than a red, amber or green rating: colour alone does not tell everyone what it means.';
  }
  return undefined;
}

/** Ids typed in a column, from the raw rows, so rows with other mistakes still count. */
function rawIds(table: CsvTable, column: string): { id: string; row: number }[] {
  return table.rows.map((r) => ({ id: (r.cells[column] ?? '').trim(), row: r.row })).filter((r) => r.id !== '');
}

function areaChecks(records: WithRow<PlanArea>[], file: string, today: Date): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const a of records) {
    if (a.revisit_outcome !== undefined && a.revisit_date === undefined) {
      problems.push(
        problem({ file, row: a.row, column: 'revisit_date', value: '', expected: 'the date of the revisit, because revisit_outcome is filled in', fix: 'Add the date the inspectors revisited, such as 2025-09-19.' }),
      );
    }
    if (a.revisit_outcome !== undefined && a.revisit_date !== undefined && a.revisit_date > isoDay(today)) {
      problems.push(
        problem({
          file,
          row: a.row,
          column: 'revisit_date',
          value: a.revisit_date,
          expected: `a date that has passed (today is ${formatDate(today)}), because the outcome is already filled in`,
          fix: 'Check the year, or leave revisit_outcome empty until the revisit has happened.',
        }),
      );
    }
  }
  problems.push(...findDuplicates(records, (a) => a.area_id, file, 'area_id', 'area_id'));
  return problems;
}

/** The same action_id twice in one review: name both rows, since they may be two different actions. */
function duplicateActions(table: CsvTable, file: string): DataProblem[] {
  const seen = new Map<string, number>();
  const problems: DataProblem[] = [];
  for (const { id: actionId, row } of rawIds(table, 'action_id')) {
    const first = seen.get(actionId);
    if (first === undefined) {
      seen.set(actionId, row);
      continue;
    }
    problems.push(
      problem({
        file,
        row,
        column: 'action_id',
        value: actionId,
        expected: 'each action_id once in a review',
        fix: `Rows ${first} and ${row} both use ${actionId}. If they are the same action, delete one row; if they are different actions, give one of them a new action_id.`,
      }),
    );
  }
  return problems;
}

function unknownAreas(table: CsvTable, file: string, areaIds: readonly string[], areasFile: string): DataProblem[] {
  const known = new Set(areaIds);
  const problems: DataProblem[] = [];
  for (const { id: areaId, row } of rawIds(table, 'area_id')) {
    if (known.has(areaId) || !ID_PATTERN.test(areaId)) continue;
    const suggestion = areaIds.length > 0 ? closestId(areaId, areaIds) : undefined;
    problems.push(
      problem({
        file,
        row,
        column: 'area_id',
        value: areaId,
        expected: areaIds.length > 0 ? `an area_id from ${areasFile} (${areaIds.join(', ')})` : `an area_id from ${areasFile}`,
        fix: suggestion ? `Did you mean ${suggestion}?` : `Add the area to ${areasFile} first.`,
      }),
    );
  }
  return problems;
}

/** The nearest id, ignoring case, so `a2` suggests `A2`. */
function closestId(unknown: string, ids: readonly string[]): string {
  const lower = ids.map((i) => i.toLowerCase());
  const best = closest(unknown.toLowerCase(), lower);
  return ids[lower.indexOf(best)] ?? best;
}

/** Does any update in the newer review mention this id as a whole word ("Replaces 2.3")? */
export function mentionsAction(update: string | undefined, actionId: string): boolean {
  if (!update) return false;
  const escaped = actionId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9.-])${escaped}(?![A-Za-z0-9]|[.-][A-Za-z0-9])`, 'i').test(update);
}

interface ReadReview {
  file: string;
  date: string;
  table: CsvTable;
  actions: PlanAction[];
}

/**
 * An action in one review and missing from the next is a warning, unless an
 * update in the newer review names it (e.g. "Replaces 2.3"). This applies to
 * achieved actions too: every file is a full snapshot, and dropping achieved
 * actions would make the share achieved look worse than it is.
 */
function disappearedActions(reviews: readonly ReadReview[]): DataProblem[] {
  const problems: DataProblem[] = [];
  for (let i = 1; i < reviews.length; i++) {
    const before = reviews[i - 1]!;
    const after = reviews[i]!;
    // Without the column in both files the header problem says it all; don't add a warning per action.
    if (!before.table.headers.includes('action_id') || !after.table.headers.includes('action_id')) continue;
    const afterIds = new Set(rawIds(after.table, 'action_id').map((r) => r.id));
    const updates = after.table.rows.map((r) => r.cells['update']);
    for (const { id: actionId, row } of rawIds(before.table, 'action_id')) {
      if (afterIds.has(actionId) || updates.some((u) => mentionsAction(u, actionId))) continue;
      const wasAchieved = before.actions.find((a) => a.action_id === actionId)?.status === 'achieved';
      problems.push(
        problem({
          file: after.file,
          severity: 'warning',
          expected: `action ${actionId} (row ${row} of ${before.file}) to be in this review too, or an update that explains where it went`,
          fix: wasAchieved
            ? `It was achieved. Keep achieved actions in every later review with the status "achieved", so the count of achieved actions stays true.`
            : `If it was replaced or merged, say so in the update of the action that replaces it, for example "Replaces ${actionId}". Otherwise add its row back with its current status.`,
        }),
      );
    }
  }
  return problems;
}

/** Areas with no action in the newest review are probably a typo in an id or a missing row. */
function areasWithoutActions(areas: readonly WithRow<PlanArea>[], latest: ReadReview | undefined, areasFile: string): DataProblem[] {
  if (!latest) return [];
  const used = new Set(rawIds(latest.table, 'area_id').map((r) => r.id));
  return areas
    .filter((a) => !used.has(a.area_id))
    .map((a) =>
      problem({
        file: areasFile,
        row: a.row,
        column: 'area_id',
        value: a.area_id,
        severity: 'warning',
        expected: `at least one action for this area in the newest review, ${latest.file}`,
        fix: 'Check the area_id of its actions in the review file, or remove the area if it is no longer part of the plan.',
      }),
    );
}

function withoutRow<T extends { row: number }>({ row: _row, ...rest }: T): Omit<T, 'row'> {
  return rest;
}

/**
 * Reads areas.csv and every review file, collecting every problem in one run
 * and never throwing. Review files whose names are not dates are checked but
 * left out of the history, since we cannot tell where they belong.
 */
export function readImprovementPlan(areasFile: PlanFile, reviewFiles: readonly PlanFile[], today: Date): Checked<ImprovementPlan> {
  const problems: DataProblem[] = [];

  const areasRead = readCsvBytes(areasFile.bytes, areasFile.path, AREAS_COLUMNS);
  const areaRows = validateRows(areasRead.table, planAreaSchema, areasFile.path);
  problems.push(...areasRead.problems, ...areaRows.problems, ...areaChecks(areaRows.records, areasFile.path, today));
  if (areasRead.table.rows.length === 0 && areasRead.problems.length === 0) {
    problems.push(problem({ file: areasFile.path, row: 2, expected: 'at least one area of weakness below the header row' }));
  }
  const areaIds = [...new Set(rawIds(areasRead.table, 'area_id').map((r) => r.id))];
  // If areas.csv cannot be read, its own problems explain it; don't also flag every action's area.
  const canCheckAreas = areasRead.table.headers.includes('area_id');

  if (reviewFiles.length === 0) {
    problems.push(
      problem({
        file: `${folderOf(areasFile.path)}/reviews/`,
        expected: `at least one review file, named after the date of the review, such as ${folderOf(areasFile.path)}/reviews/2026-07-10.csv`,
        fix: 'Copy data/templates/improvement-plan-review.csv into that folder and rename it to the review date.',
      }),
    );
  }

  const read: ReadReview[] = [];
  const seenDates = new Map<string, string>();
  for (const file of reviewFiles) {
    const dated = reviewDateFromPath(file.path, today);
    if (!dated.ok) problems.push(dated.problem);
    const { table, problems: csvProblems } = readCsvBytes(file.bytes, file.path, REVIEW_COLUMNS);
    const { records, problems: rowProblems } = validateRows(table, planActionSchema, file.path);
    for (const p of rowProblems) {
      if (p.column === 'status' && p.value !== undefined) p.fix = statusFix(p.value);
    }
    problems.push(...csvProblems, ...rowProblems, ...duplicateActions(table, file.path));
    if (canCheckAreas) problems.push(...unknownAreas(table, file.path, areaIds, areasFile.path));
    if (table.rows.length === 0 && csvProblems.length === 0) {
      problems.push(problem({ file: file.path, row: 2, expected: 'at least one action below the header row' }));
    }
    if (!dated.ok) continue;
    const other = seenDates.get(dated.date);
    if (other !== undefined) {
      problems.push(problem({ file: file.path, expected: `one file per review date`, fix: `${other} is for the same date. Delete one of the two files.` }));
      continue;
    }
    seenDates.set(dated.date, file.path);
    read.push({ file: file.path, date: dated.date, table, actions: records.map(withoutRow) });
  }
  read.sort((a, b) => a.date.localeCompare(b.date));
  problems.push(...disappearedActions(read), ...areasWithoutActions(areaRows.records, read.at(-1), areasFile.path));

  return {
    value: {
      areas: areaRows.records.map(withoutRow),
      reviews: read.map(({ file, date: d, actions }) => ({ date: d, file, actions })),
    },
    problems,
  };
}
