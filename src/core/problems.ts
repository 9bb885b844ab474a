/**
 * One shape for every data problem, so a comms officer reads the same words in
 * the terminal (`npm run check-data`), in CI annotations and in a failed build.
 */
import { LocalOfferError } from './errors';

export interface DataProblem {
  /** Path of the file as the person committed it, e.g. `data/ehcp-timeliness.csv`. */
  file: string;
  /** Row number as Excel shows it (the header is row 1). Absent for whole-file problems. */
  row?: number | undefined;
  /** Column name from the header row. */
  column?: string | undefined;
  /** The value found, exactly as typed. */
  value?: string | undefined;
  /** What was expected, in plain English. */
  expected: string;
  /** How to fix it, when there is more to say than `expected`. */
  fix?: string | undefined;
  /** Errors stop the build; warnings are printed and the build carries on. */
  severity: 'error' | 'warning';
  /** This problem causes others (src/core/causes.ts): what it explains, so they are listed under it. */
  cause?: Cause | undefined;
  /** It follows from another problem, in words: "October 2026 is missing from data/ehcp-timeliness.csv". */
  because?: string | undefined;
}

/** A problem that others follow from: a month gone, a file saved under another name. */
export interface Cause {
  /** In words, to follow "because": "October 2026 is missing from data/ehcp-timeliness.csv". */
  words: string;
  /** Problems in these files follow from it (a file that was saved under another name). */
  files?: readonly string[] | undefined;
  /** Problems about these values follow from it, in another file: a month in a fact's name, an area id in a row. */
  values?: readonly string[] | undefined;
}

export type ProblemInput = Omit<DataProblem, 'severity'> & { severity?: DataProblem['severity'] };

export function problem(input: ProblemInput): DataProblem {
  return { severity: 'error', ...input };
}

/** Where the problem is, e.g. `data/ehcp-timeliness.csv, row 14, column "month"`. */
export function locate(p: DataProblem): string {
  const parts = [p.file];
  if (p.row !== undefined) parts.push(`row ${p.row}`);
  if (p.column !== undefined) parts.push(`column "${p.column}"`);
  return parts.join(', ');
}

/** One problem as one or two lines of plain English. */
export function formatProblem(p: DataProblem): string {
  const label = p.severity === 'error' ? 'Error' : 'Warning';
  const found = p.value === undefined ? '' : ` Found ${p.value === '' ? 'an empty cell' : `"${p.value}"`}.`;
  // Its own fix would mislead (a "did you mean" for a fact whose month has gone): the cause's fix is the one to follow.
  const fix = p.because ? ` This is because ${p.because}: fix that first, and this goes too.` : p.fix ? ` ${p.fix}` : '';
  return `${label}: ${locate(p)}:${found} Expected ${p.expected}.${fix}`;
}

export function hasErrors(problems: readonly DataProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** A summary line such as "2 errors and 1 warning in 2 files". */
export function summarise(problems: readonly DataProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** Thrown by loaders so a build stops with every problem listed, not a stack trace. */
export class DataError extends LocalOfferError {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    super(
      `The data has problems, so nothing was published (${summarise(problems)}):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
      'Put each one right in the file named, then run npm run check-data to see the list again.',
    );
    this.problems = problems;
    // The message says everything; a stack trace would only frighten a comms officer.
    this.stack = '';
  }
}

/** A value read from a file, with every problem found while reading it. */
export interface Checked<T> {
  value: T;
  problems: DataProblem[];
}

/** Unwraps a checked value, throwing a DataError if any problem is an error. */
export function orThrow<T>(checked: Checked<T>): T {
  if (hasErrors(checked.problems)) throw new DataError(checked.problems);
  return checked.value;
}

