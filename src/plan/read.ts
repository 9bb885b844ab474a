/** Reads the whole improvement plan: areas.csv and every review file, every problem in one run. */
import { readCsvBytes, type SourceFile } from '../core/csv';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { quoteAsTyped, validateRows } from '../core/validate';
import { areaChecks, areasWithoutActions, disappearedActions, duplicateActions, onTrackPastDue, rawIds, spreadsheetNumberIds, unknownAreas, type ReadReview } from './checks';
import { folderOf, reviewDateFromPath } from './review-files';
import { AREAS_COLUMNS, planActionSchema, planAreaSchema, REVIEW_COLUMNS, type ImprovementPlan } from './schema';
import { statusFix } from './status-words';

function withoutRow<T extends { row: number }>({ row: _row, ...rest }: T): Omit<T, 'row'> {
  return rest;
}

/**
 * Reads areas.csv and every review file, collecting every problem in one run
 * and never throwing. Review files whose names are not dates are checked but
 * left out of the history, since we cannot tell where they belong.
 */
export function readImprovementPlan(areasFile: SourceFile, reviewFiles: readonly SourceFile[], today: Date): Checked<ImprovementPlan> {
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
  const tables = [{ file: areasFile.path, table: areasRead.table }];
  const seenDates = new Map<string, string>();
  for (const file of reviewFiles) {
    const dated = reviewDateFromPath(file.path, today);
    if (!dated.ok) problems.push(dated.problem);
    const { table, problems: csvProblems } = readCsvBytes(file.bytes, file.path, REVIEW_COLUMNS);
    const { records, problems: rowProblems } = validateRows(table, planActionSchema, file.path);
    tables.push({ file: file.path, table });
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
    read.push({ file: file.path, date: dated.date, table, records });
  }
  read.sort((a, b) => a.date.localeCompare(b.date));
  problems.push(
    ...spreadsheetNumberIds(read, problems),
    ...disappearedActions(read),
    ...areasWithoutActions(areaRows.records, read.at(-1), areasFile.path),
    ...onTrackPastDue(read.at(-1)),
  );

  return {
    value: {
      areas: areaRows.records.map(withoutRow),
      reviews: read.map(({ file, date: d, records }) => ({ date: d, file, actions: records.map(withoutRow) })),
    },
    problems: quoteAsTyped(problems, ...tables),
  };
}
