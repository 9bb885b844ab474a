/**
 * Checks across the plan's rows and files: repeated ids (and ids a
 * spreadsheet turned into numbers), area ids that differ only in case,
 * unknown areas, actions that vanish between reviews, areas with no actions,
 * and actions called "on track" after their due date.
 */
import type { CsvTable } from '../core/csv';
import { escapeRegExp } from '../core/regexp';
import { isoDay } from '../core/dates';
import { formatDate } from '../core/format';
import { problem, type DataProblem } from '../core/problems';
import { closestMatch } from '../core/suggest';
import { findDuplicates, type WithRow } from '../core/validate';
import { ID_PATTERN, dueDeadline, type PlanAction, type PlanArea } from './schema';
import { formatDue } from './stats';

/** Ids typed in a column, from the raw rows, so rows with other mistakes still count. */
export function rawIds(table: CsvTable, column: string): { id: string; row: number }[] {
  return table.rows.map((r) => ({ id: (r.cells[column] ?? '').trim(), row: r.row })).filter((r) => r.id !== '');
}

export function areaChecks(records: WithRow<PlanArea>[], file: string, today: Date): DataProblem[] {
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
  problems.push(...findDuplicates(records, (a) => a.area_id, file, 'area_id', 'area_id'), ...areaIdsDifferingInCase(records, file));
  return problems;
}

/** `A1` and `a1` would be two areas that people read as one, and reviews would match only one of them. */
function areaIdsDifferingInCase(records: readonly WithRow<PlanArea>[], file: string): DataProblem[] {
  const first = new Map<string, WithRow<PlanArea>>();
  const problems: DataProblem[] = [];
  for (const a of records) {
    const seen = first.get(a.area_id.toLowerCase());
    if (!seen) {
      first.set(a.area_id.toLowerCase(), a);
    } else if (seen.area_id !== a.area_id) {
      problems.push(
        problem({
          file,
          row: a.row,
          column: 'area_id',
          value: a.area_id,
          expected: `an area_id that is not the same as another but for capital letters (row ${seen.row} has ${seen.area_id})`,
          fix: `If they are the same area, delete one row and write the id as ${seen.area_id} everywhere. If they are different areas, give this one another id.`,
        }),
      );
    }
  }
  return problems;
}

/** The same action_id twice in one review: name both rows, since they may be two different actions. */
export function duplicateActions(table: CsvTable, file: string): DataProblem[] {
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

export function unknownAreas(table: CsvTable, file: string, areaIds: readonly string[], areasFile: string): DataProblem[] {
  const known = new Set(areaIds);
  const problems: DataProblem[] = [];
  for (const { id: areaId, row } of rawIds(table, 'area_id')) {
    if (known.has(areaId) || !ID_PATTERN.test(areaId)) continue;
    const suggestion = closestMatch(areaId, areaIds, { ignoreCase: true, always: true });
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

/** Does any update in the newer review mention this id as a whole word ("Replaces 2.3")? */
export function mentionsAction(update: string | undefined, actionId: string): boolean {
  if (!update) return false;
  const escaped = escapeRegExp(actionId);
  return new RegExp(`(^|[^A-Za-z0-9.-])${escaped}(?![A-Za-z0-9]|[.-][A-Za-z0-9])`, 'i').test(update);
}

export interface ReadReview {
  file: string;
  date: string;
  table: CsvTable;
  /** The rows that passed their checks, with their row numbers. */
  records: WithRow<PlanAction>[];
}

/**
 * An action in one review and missing from the next is a warning, unless an
 * update in the newer review names it (e.g. "Replaces 2.3"). This applies to
 * achieved actions too: every file is a full snapshot, and dropping achieved
 * actions would make the share achieved look worse than it is.
 */
export function disappearedActions(reviews: readonly ReadReview[]): DataProblem[] {
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
      const wasAchieved = before.records.find((a) => a.action_id === actionId)?.status === 'achieved';
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
export function areasWithoutActions(areas: readonly WithRow<PlanArea>[], latest: ReadReview | undefined, areasFile: string): DataProblem[] {
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

/**
 * An action "on track" whose due date had already passed when the review
 * was held. Only the newest review: older ones are history and cannot change.
 */
export function onTrackPastDue(latest: ReadReview | undefined): DataProblem[] {
  if (!latest) return [];
  return latest.records
    .filter((a) => a.status === 'on track' && dueDeadline(a.due) < latest.date)
    .map((a) =>
      problem({
        file: latest.file,
        row: a.row,
        column: 'status',
        value: a.status,
        severity: 'warning',
        expected: `a status other than "on track" for action ${a.action_id}, which was due by ${formatDue(a.due)}, before this review`,
        fix: 'An action past its due date is not on track. If it is done, write "achieved". If not, write "delayed" and say why in update. If the due date has been moved, change due and say so in update.',
      }),
    );
}

const NUMBER_ID = /^\d+\.\d+$/;

/**
 * The id a spreadsheet has probably turned into a number, e.g. 4.10 saved as
 * 4.1: the review before has the longer id, or the row before is 4.9 (so this
 * row is 4.10, not 4.1). Undefined when nothing suggests it.
 */
export function idBeforeSpreadsheet(id: string, previousIds: ReadonlySet<string>, idBefore: string | undefined): string | undefined {
  if (!NUMBER_ID.test(id)) return undefined;
  const longer = [`${id}0`, `${id}00`].find((candidate) => previousIds.has(candidate));
  if (longer) return longer;
  if (!idBefore || !NUMBER_ID.test(idBefore)) return undefined;
  const [section, after] = id.split('.');
  const [sectionBefore, before] = idBefore.split('.');
  return section === sectionBefore && Number(`${after}0`) === Number(before) + 1 ? `${id}0` : undefined;
}

const KEEP_AS_TEXT =
  'To stop it happening, keep the action_id column as Text: in Excel open the CSV with Data > From Text/CSV and choose "Do not detect data types"; ' +
  'in LibreOffice set the column type to Text when it opens; or format the column as Text before typing (docs/publishing.md explains).';

/**
 * Excel and LibreOffice read an id such as 4.10 as the number 4.1 and save it
 * back that way. Recognises it in a review's ids, and says so: on the repeated
 * id's error, or as a warning on an id that is new for no other reason.
 */
export function spreadsheetNumberIds(reviews: readonly ReadReview[], problems: DataProblem[]): DataProblem[] {
  const found: DataProblem[] = [];
  reviews.forEach((review, i) => {
    const previous = reviews[i - 1];
    const previousIds = new Set(previous ? rawIds(previous.table, 'action_id').map((r) => r.id) : []);
    const ids = rawIds(review.table, 'action_id');
    const here = new Set(ids.map((r) => r.id));
    ids.forEach(({ id, row }, n) => {
      const was = idBeforeSpreadsheet(id, previousIds, ids[n - 1]?.id);
      if (!was || here.has(was)) return;
      const evidence = previousIds.has(was) ? `${previous!.file} has ${previousIds.has(id) ? `both ${id} and ${was}` : was}` : `it comes straight after ${ids[n - 1]!.id}`;
      const explanation = `A spreadsheet has probably turned ${was} into the number ${id}: ${evidence}.`;
      const repeated = problems.find((p) => p.file === review.file && p.row === row && p.column === 'action_id' && p.value === id);
      if (repeated) {
        repeated.fix = `${repeated.fix} ${explanation} Change this row's id back to ${was} (check the action text). ${KEEP_AS_TEXT}`;
      } else if (!previousIds.has(id)) {
        found.push(
          problem({ file: review.file, row, column: 'action_id', value: id, severity: 'warning', expected: `the action's id as it was in the review before (${was}?)`, fix: `${explanation} If this is action ${was}, change the id back. ${KEEP_AS_TEXT}` }),
        );
      }
    });
  });
  return found;
}
