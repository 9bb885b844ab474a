/**
 * The history check and the revisions log over the real repository: git
 * supplies the versions, the pure functions in this folder compare them.
 */
import { isoDay } from '../dates';
import { join } from 'node:path';
import { diskFolder, displayPath } from '../files.node.ts';
import { problem, type Checked, type DataProblem } from '../problems';
import { changeLogFrom, type Change } from './changes';
import type { KeyedDataset } from './keyed';
import { chooseBase, fileVersions, findRepo, isShallow, snapshotAt, snapshotOnDisk } from './git.node.ts';
import { guardHistory, type GuardResult } from './guard';
import { revisionsOver, type DatedVersion, type Revision } from './revisions';

/** The change log on disk (its own problems are reported with the other data files). */
export function changesOnDisk(dir: string, today: Date): Change[] {
  return changeLogFrom(diskFolder(dir), today).value.changes;
}

export interface HistoryCheck extends GuardResult {
  /** One line for people: what was compared with what, or why nothing could be. */
  note: string;
  compared: boolean;
}

const NO_HISTORY = 'History: not checked, because there is no earlier version to compare with:';

/** Compares the data folder with the version last published (see git.node.ts for which one). */
export function checkHistory(dir: string, today: Date, datasets: readonly KeyedDataset[], env: Record<string, string | undefined> = process.env, since?: string): HistoryCheck {
  const empty = { problems: [], removed: [], revisions: [] };
  const repo = findRepo(dir);
  if (!repo) {
    return { ...empty, compared: false, note: `${NO_HISTORY} this copy of the files has no git history (a downloaded copy, or a folder outside the repository).` };
  }
  const base = chooseBase(repo, env, since);
  if (!base.ok) return { ...empty, compared: false, note: `${NO_HISTORY} ${base.reason}` };
  const result = guardHistory({
    before: snapshotAt(repo, base.commit),
    after: snapshotOnDisk(dir),
    display: (path) => displayPath(join(dir, path)),
    changes: changesOnDisk(dir, today),
    today: isoDay(today),
    datasets,
  });
  const removed = result.removed.length;
  const revised = result.revisions.length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    ...result,
    compared: true,
    note: `History: compared with ${base.description}: ${plural(removed, 'row', 'rows')} taken out without a reason, ${plural(revised, 'figure', 'figures')} revised.`,
  };
}

/**
 * Every revision of every guarded file, from its versions along the
 * first-parent history, plus the files on disk when they differ from the
 * last commit (so a preview shows a revision before it is committed).
 */
export function readRevisionLog(dir: string, today: Date, datasets: readonly KeyedDataset[], since?: string): Checked<Revision[]> {
  const repo = findRepo(dir);
  const problems: DataProblem[] = [];
  if (!repo) return { value: [], problems };
  if (isShallow(repo)) {
    problems.push(
      problem({
        file: displayPath(dir),
        severity: 'warning',
        expected: 'the full git history, to list every revised figure',
        fix: 'This copy is shallow (cloned with --depth), so revisions made before its oldest commit are not shown. Build from a full clone (in GitHub Actions, fetch-depth: 0).',
      }),
    );
  }
  const changes = changesOnDisk(dir, today);
  const disk = snapshotOnDisk(dir);
  const revisions: Revision[] = [];
  for (const dataset of datasets.filter((d) => d.figures.length > 0)) {
    for (const path of [...disk.keys()].filter((p) => dataset.matches(p))) {
      const versions: DatedVersion[] = fileVersions(repo, path, since);
      const current = disk.get(path)!;
      const last = versions.at(-1);
      if (!last || !sameBytes(last.bytes, current)) versions.push({ date: isoDay(today), bytes: current });
      const display = displayPath(join(dir, path));
      revisions.push(...revisionsOver(dataset, { display, data: path }, versions, changes));
    }
  }
  return { value: revisions, problems };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
