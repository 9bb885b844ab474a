import type { z } from 'zod';
import type { CsvTable } from './csv';
import { problem, type DataProblem } from './problems.ts';

/** A validated record that remembers its Excel row, for cross-row errors. */
export type WithRow<T> = T & { row: number };

/**
 * Validates every row of a table against a row schema and collects every
 * problem (not just the first), naming the row, column and value.
 * Rows with problems are left out of `records`.
 */
export function validateRows<S extends z.ZodType>(
  table: CsvTable,
  schema: S,
  file: string,
): { records: WithRow<z.output<S>>[]; problems: DataProblem[] } {
  const records: WithRow<z.output<S>>[] = [];
  const problems: DataProblem[] = [];
  for (const { row, cells, misaligned } of table.rows) {
    // Its cells are in the wrong columns; the row is already reported once, as a whole.
    if (misaligned) continue;
    const result = schema.safeParse(cells);
    if (result.success) {
      records.push({ ...(result.data as object), row } as WithRow<z.output<S>>);
      continue;
    }
    for (const issue of result.error.issues) {
      const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      // A missing column is already reported once for the header row.
      if (column !== undefined && !(column in cells)) continue;
      problems.push(problem({ file, row, column, value: column === undefined ? undefined : cells[column], expected: issue.message }));
    }
  }
  return { records, problems };
}

/** Reports every repeat of a key (e.g. the same month twice), naming both rows. */
export function findDuplicates<T>(
  records: readonly WithRow<T>[],
  key: (r: T) => string,
  file: string,
  column: string,
  what: string,
): DataProblem[] {
  const seen = new Map<string, number>();
  const problems: DataProblem[] = [];
  for (const record of records) {
    const k = key(record);
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, record.row);
    } else {
      problems.push(
        problem({ file, row: record.row, column, value: k, expected: `each ${what} once`, fix: `It is also on row ${first}. Delete one of the two rows.` }),
      );
    }
  }
  return problems;
}

/**
 * Every problem about a cell quotes the cell as it was typed, not the value
 * read from it: a month typed "Nov 2027" is found as "Nov 2027", not "2027-11",
 * so people can search the file for what they see. Checks across rows work on
 * read values; this puts the typed ones back, once, for each file a reader read.
 */
export function quoteAsTyped(problems: readonly DataProblem[], ...read: readonly { file: string; table: CsvTable }[]): DataProblem[] {
  const cells = new Map(read.map(({ file, table }) => [file, new Map(table.rows.filter((r) => !r.misaligned).map((r) => [r.row, r.cells]))]));
  return problems.map((p) => {
    if (p.value === undefined || p.row === undefined || p.column === undefined) return p;
    const typed = cells.get(p.file)?.get(p.row)?.[p.column];
    return typed === undefined || typed === p.value ? p : { ...p, value: typed };
  });
}
