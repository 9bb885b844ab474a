/**
 * The history guard: compares the data folder with the version last
 * published. A month, action or service that went is an error naming it (and
 * its row in the published file), unless data/changes.csv says why; a
 * directory that shrinks by more than 10% is an error naming the count; a
 * published figure that changed is a revision, which needs a new line in
 * data/changes.csv saying why (then it is a warning, so the person reviewing
 * the change sees it; without one it is an error). A row gone is the cause of
 * the problems that name it elsewhere (src/core/causes.ts). Pure: check-data
 * and the check page in the browser both run it.
 */
import { problem, type DataProblem } from '../problems';
import { CHANGES_FILE, WHOLE_FILE, explainedBy, readChanges, type Change } from './changes';
import { changedFigures, datasetFor, removedRows, type FigureChange, type KeyedDataset, type KeyedRow } from './keyed';

/** The data files of one version: path inside the data folder (`services.csv`) → bytes. */
export type Snapshot = ReadonlyMap<string, Uint8Array>;

export interface GuardInput {
  /** The version last published. */
  before: Snapshot;
  /** The version being checked. */
  after: Snapshot;
  /** A data-folder path as people see it in messages, e.g. `services.csv` → `data/services.csv`. */
  display: (path: string) => string;
  /** The change log of the version being checked. */
  changes: readonly Change[];
  /** Today as YYYY-MM-DD, for the line the message suggests adding to the change log. */
  today: string;
  /** What each guarded file's rows are (every dataset's `history` in src/build/registry.ts). */
  datasets: readonly KeyedDataset[];
}

/** A published figure that changed, in a file. */
export interface FileRevision extends FigureChange {
  /** The file's path as people see it. */
  file: string;
  dataset: string;
}

export interface GuardResult {
  problems: DataProblem[];
  /** Rows that went without a reason (each is an error in `problems`). */
  removed: { file: string; key: string }[];
  revisions: FileRevision[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A line for data/changes.csv, ready to copy. */
function changeLine(input: GuardInput, path: string, what: string): string {
  return `${input.today},${input.display(path)},${what},<why, in plain English>`;
}

function acknowledged(input: GuardInput, dataset: KeyedDataset, path: string, key: string): boolean {
  return explainedBy(input.changes, { display: input.display(path), data: path }, key, dataset.normaliseKey).length > 0;
}

interface Comparison {
  dataset: KeyedDataset;
  /** The published file the rows came from, and the file being checked. */
  from: string;
  to: string;
  oldRows: KeyedRow[];
  newRows: KeyedRow[];
}

function removals(input: GuardInput, c: Comparison, result: GuardResult): void {
  const { dataset, from, to, oldRows, newRows } = c;
  const gone = removedRows(oldRows, newRows).filter((r) => !dataset.explains?.(r.key, newRows));
  const unexplained = gone.filter((r) => !acknowledged(input, dataset, to, r.key));
  const where = from === to ? 'of the version last published' : `of ${input.display(from)}, the newest one published`;
  const changes = input.display(CHANGES_FILE);
  if (dataset.shrinkLimit !== undefined && oldRows.length > 0 && gone.length / oldRows.length > dataset.shrinkLimit && unexplained.length > 0) {
    const { many } = dataset.noun;
    result.problems.push(
      problem({
        file: input.display(to),
        value: `${newRows.length} ${many}`,
        expected: `no more than ${percent(dataset.shrinkLimit)} of the ${many} to go in one change`,
        fix:
          `The version last published has ${oldRows.length} ${many}; this one has ${newRows.length}: ${gone.length} fewer (${percent(gone.length / oldRows.length)}). ` +
          `A file exported with rows missing would take them off the site. Export it again with every row. ` +
          `If the ${many} really have gone, list each one's id in ${changes}.`,
      }),
    );
  }
  for (const r of unexplained) {
    result.removed.push({ file: input.display(to), key: r.key });
    const replaced = dataset.explains ? ` If it was replaced, say so in the update of the ${dataset.noun.one} that replaces it ("Replaces ${r.key}").` : '';
    const hint = dataset.hint?.(r.key, newRows, oldRows);
    result.problems.push(
      problem({
        file: input.display(to),
        cause: { words: `${r.label} is missing from ${input.display(to)}`, values: [r.key] },
        expected: `${r.label} (row ${r.row} ${where}) to be in this file too`,
        fix:
          `${hint ? `${hint} ` : ''}Nothing published is taken away without a reason. Put its row back.${replaced} ` +
          `If it must go, say why in ${changes}, with a line such as: ${changeLine(input, to, r.key)}`,
      }),
    );
  }
}

/**
 * The change log's lines that are not in the version last published: a
 * revision needs a reason of its own, not one given for an earlier revision.
 */
function newChanges(input: GuardInput): Change[] {
  const published = input.before.get(CHANGES_FILE);
  if (!published) return [...input.changes];
  const key = (c: Change) => [c.date, c.file, c.what.join(';'), c.why].join('|');
  const before = new Set(readChanges(published, input.display(CHANGES_FILE), new Date(`${input.today}T12:00:00Z`)).value.map(key));
  return input.changes.filter((c) => !before.has(key(c)));
}

function revisions(input: GuardInput, c: Comparison, result: GuardResult, reasons: readonly Change[]): void {
  for (const change of changedFigures(c.oldRows, c.newRows, c.dataset.figures)) {
    const file = input.display(c.to);
    result.revisions.push({ ...change, file, dataset: c.dataset.id });
    const now = change.after === undefined ? 'an empty cell' : String(change.after);
    const why = explainedBy(reasons, { display: file, data: c.to }, change.key, c.dataset.normaliseKey)[0]?.why;
    const changes = input.display(CHANGES_FILE);
    result.problems.push(
      problem({
        file,
        row: change.row,
        column: change.column,
        value: change.after === undefined ? '' : String(change.after),
        severity: why ? 'warning' : 'error',
        expected: why
          ? `${change.before}, the figure for ${change.measure} published for ${change.label}: this is a revision, because ${lowerFirst(why)}`
          : `${change.before}, the figure for ${change.measure} published for ${change.label}, unless this is a revision with its reason in ${changes}`,
        fix: why
          ? `The page will mark ${change.label} as revised, with the old and new figures, the date and the reason, and the revisions log will list it. If it is a mistake, put back ${change.before}.`
          : `A published figure changes only with a reason. Put back ${change.before}, or say why in ${changes}, with a line such as: ${changeLine(input, c.to, change.key)} ` +
            `The page will then mark ${change.label} as revised (${change.before} to ${now}), with the reason.`,
      }),
    );
  }
}

const lowerFirst = (s: string) => s.replace(/[.\s]+$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());

/** A published file (not a folder's) that has gone: the cause of its reader's "missing file". */
function goneFile(input: GuardInput, dataset: KeyedDataset, path: string, rows: number): DataProblem {
  const file = input.display(path);
  return problem({
    file,
    cause: { words: `${file}, published with ${rows} ${rows === 1 ? dataset.noun.one : dataset.noun.many}, has gone`, files: [file] },
    expected: `this file, published with ${rows} ${rows === 1 ? dataset.noun.one : dataset.noun.many}, to stay`,
    fix:
      `Put the published file back (on GitHub, from the main branch) and make your change in it: a new copy of the template would take every published ${dataset.noun.one} off the site. ` +
      `If the file must go, say why in ${input.display(CHANGES_FILE)}, with a line such as: ${changeLine(input, path, WHOLE_FILE)}`,
  });
}

/** Compares every guarded file of the two versions. */
export function guardHistory(input: GuardInput): GuardResult {
  const { datasets } = input;
  const result: GuardResult = { problems: [], removed: [], revisions: [] };
  const reasons = newChanges(input);
  const read = (snapshot: Snapshot, dataset: KeyedDataset, path: string) => {
    const bytes = snapshot.get(path);
    return bytes ? dataset.read(bytes, input.display(path)) : undefined;
  };

  for (const path of [...input.before.keys()].sort()) {
    const dataset = datasetFor(path, datasets);
    if (!dataset) continue;
    const oldRows = read(input.before, dataset, path);
    if (!oldRows) continue;
    if (!input.after.has(path)) {
      if (acknowledged(input, dataset, path, WHOLE_FILE)) continue;
      // A single file's reader says it is missing; this says it was published, so it is not to be started again from the template.
      if (!dataset.snapshots) result.problems.push(goneFile(input, dataset, path, oldRows.length));
      else {
        result.problems.push(
          problem({
            file: input.display(path),
            expected: `this file, published with ${oldRows.length} ${dataset.noun.many}, to stay: every published file is part of the history`,
            fix: `Put the file back. If it must go, say why in ${input.display(CHANGES_FILE)}, with a line such as: ${changeLine(input, path, WHOLE_FILE)}`,
          }),
        );
      }
      continue;
    }
    const newRows = read(input.after, dataset, path);
    if (!newRows) continue;
    const comparison = { dataset, from: path, to: path, oldRows, newRows };
    removals(input, comparison, result);
    revisions(input, comparison, result, reasons);
  }

  // A new snapshot (a new review file) carries on from the newest one published.
  for (const dataset of datasets.filter((d) => d.snapshots)) {
    const published = [...input.before.keys()].filter((p) => dataset.matches(p)).sort();
    let previous = published.at(-1);
    const added = [...input.after.keys()].filter((p) => dataset.matches(p) && !input.before.has(p) && (previous === undefined || p > previous)).sort();
    for (const path of added) {
      const oldRows = previous ? read(input.before, dataset, previous) ?? read(input.after, dataset, previous) : undefined;
      const newRows = read(input.after, dataset, path);
      if (previous && oldRows && newRows) removals(input, { dataset, from: previous, to: path, oldRows, newRows }, result);
      previous = path;
    }
  }
  return result;
}

/**
 * The improvement plan's own check warns when an action is missing from the
 * next review; when the guard makes that an error, the warning only repeats it.
 */
export function withoutRepeatedWarnings(problems: readonly DataProblem[], removed: GuardResult['removed']): DataProblem[] {
  return problems.filter(
    (p) => p.severity !== 'warning' || !removed.some((r) => r.file === p.file && p.expected.startsWith(`action ${r.key} (`)),
  );
}
