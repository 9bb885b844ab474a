/**
 * `data/changes.csv`: the change log. A line says that something published
 * was taken out on purpose, and why: a month, an improvement-plan action, a
 * service, or a whole review file. The history check accepts a removal that a
 * line names, and the site publishes every line at /data/changes/.
 */
import { isoDay } from '../dates';
import { z } from 'zod';
import { readCsvBytes } from '../csv';
import { date, splitList, text } from '../fields';
import { formatDate } from '../format';
import { problem, type Checked, type DataProblem } from '../problems';
import { quoteAsTyped, validateRows } from '../validate';
import type { DataFolder } from '../data-folder';

/** The change log's place in the data folder. */
export const CHANGES_FILE = 'changes.csv';

export const CHANGES_COLUMNS = { required: ['date', 'file', 'what', 'why'], optional: [] } as const;

/** Written in `what` to say a whole file went, e.g. an old review file. */
export const WHOLE_FILE = 'whole file';

export const changeSchema = z.object({
  /** The day the change was made, e.g. 2026-11-20. */
  date,
  /** The file that changed, as it is in the repository, e.g. `data/services.csv`. */
  file: text.transform((raw) => raw.trim().replace(/^\.\//, '')),
  /** What went: a month, an action id or a service id; several separated by `;`; or `whole file`. */
  what: text.transform((raw) => splitList(raw)),
  /** Why, in plain English: this is published. */
  why: text.transform((raw) => raw.trim()),
});

export type Change = z.output<typeof changeSchema>;

/** The change log as a dataset: its lines, newest first, and the file they came from. */
export interface ChangeLog {
  changes: Change[];
  file: string;
}

/** A line's identity in the history: the same date, file and what. */
export function changeKey(cells: Record<string, string>): string {
  return ['date', 'file', 'what'].map((c) => (cells[c] ?? '').trim()).join(' | ');
}

/** Reads the change log; newest first. */
export function readChanges(bytes: Uint8Array, file: string, today: Date): Checked<Change[]> {
  const { table, problems } = readCsvBytes(bytes, file, CHANGES_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, changeSchema, file);
  problems.push(...rowProblems, ...futureDates(records, file, today));
  const value = records.map(({ row: _row, ...rest }) => rest).sort((a, b) => b.date.localeCompare(a.date));
  return { value, problems: quoteAsTyped(problems, { file, table }) };
}

function futureDates(records: readonly (Change & { row: number })[], file: string, today: Date): DataProblem[] {
  const day = isoDay(today);
  return records
    .filter((r) => r.date > day)
    .map((r) => problem({ file, row: r.row, column: 'date', value: r.date, expected: `the date the change was made, today (${formatDate(day)}) or earlier` }));
}

/**
 * Does a change log line name this file? `file` may be the path from the
 * repository (`data/services.csv`), from the data folder (`services.csv`), or
 * a folder ending in `/` (`data/improvement-plan/reviews/`).
 */
export function namesFile(change: Pick<Change, 'file'>, displayPath: string, dataPath: string): boolean {
  const named = change.file.toLowerCase();
  const forms = [named, named.replace(/^data\//, '')];
  const paths = [displayPath.toLowerCase(), dataPath.toLowerCase()];
  const folder = named.endsWith('/');
  return paths.some((p) => forms.some((f) => (folder ? p.startsWith(f) || p.includes(`/${f}`) : p === f || p.endsWith(`/${f}`))));
}

/** The lines that explain why `key` went from a file (or, with WHOLE_FILE, why the file went). */
export function explainedBy(
  changes: readonly Change[],
  file: { display: string; data: string },
  key: string,
  normaliseKey: (raw: string) => string = (raw) => raw.trim(),
): Change[] {
  return changes.filter(
    (c) => namesFile(c, file.display, file.data) && c.what.some((w) => (key === WHOLE_FILE ? w.toLowerCase() === WHOLE_FILE : normaliseKey(w) === key)),
  );
}

/** Reads the change log from a data folder: optional, since nothing may have been taken out yet. */
export function changeLogFrom(folder: DataFolder, today: Date): Checked<ChangeLog> {
  const file = folder.pathOf(CHANGES_FILE);
  if (!folder.has(CHANGES_FILE)) return { value: { changes: [], file }, problems: [] };
  const read = folder.read(CHANGES_FILE);
  if (!read.file) return { value: { changes: [], file }, problems: read.problems };
  const { value, problems } = readChanges(read.file.bytes, read.file.path, today);
  return { value: { changes: value, file }, problems };
}
