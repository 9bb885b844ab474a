/**
 * When a file last changed, from its last git commit. A comms officer's commit
 * is the moment the figures were published, so pages say "last updated" from it.
 * Outside a git checkout (e.g. a downloaded zip) the file's modified time is used.
 *
 * Two `git log` runs over the whole history (every commit's files, then each
 * merge's files against each parent) answer every file and folder the way
 * `git log -1 -- <path>` would: starting a git process per file cost about 6%
 * of a large build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Starts each commit in the logs below, and separates its ids from the formatted value. */
const COMMIT = '\x1e';
const UNIT = '\x1f';

const cache = new Map<string, string>();
let history: Map<string, string> | undefined;

/** One commit from `git log -z --name-only --format=%x1e%H %P%x1f<format>`: one file list per diff git printed. */
export interface LogCommit {
  hash: string;
  parents: string[];
  value: string;
  lists: string[][];
}

/** Reads that log; a commit printed more than once in a row (one diff per parent) is one commit with several lists. */
export function parseLog(log: string): LogCommit[] {
  const commits: LogCommit[] = [];
  for (const raw of log.split('\0')) {
    const token = raw.replace(/^\n+/, '');
    if (token.startsWith(COMMIT)) {
      const [ids = '', value = ''] = token.slice(1).split(UNIT);
      const [hash = '', ...parents] = ids.trim().split(' ').filter((id) => id !== '');
      const last = commits.at(-1);
      if (last?.hash === hash) last.lists.push([]);
      else commits.push({ hash, parents, value: value.trim(), lists: [[]] });
    } else if (token !== '') {
      commits.at(-1)?.lists.at(-1)?.push(token);
    }
  }
  return commits;
}

/** A path and every folder above it (`''` is the top folder). */
function withFolders(file: string): string[] {
  const parts = file.split('/');
  return parts.map((_, i) => parts.slice(0, i).join('/')).concat(file);
}

/**
 * What each parent's diff holds for a merge. `firstParent` is the merge's files
 * against its first parent; `separate` the lists git printed for each parent
 * in turn, leaving out a parent whose tree is the same (an empty list).
 */
function mergeLists(parents: number, firstParent: string[], separate: string[][]): string[][] {
  if (separate.length >= parents) return separate;
  const lists: string[][] = [];
  let next = 0;
  for (let i = 0; i < parents; i++) lists.push(i === 0 && firstParent.length === 0 ? [] : (separate[next++] ?? []));
  return lists;
}

/**
 * The newest commit that changed each path (files, and each folder above
 * them, `''` for the top), as `git log -1 -- <path>` finds it. `commits` come
 * newest first with children before parents (`--topo-order`), each with its
 * files against its first parent; `merges` holds each merge's lists from
 * `--diff-merges=separate`. As git does, the search follows one line of
 * history per path: through a merge that took a path unchanged from one of
 * its parents it follows that parent, and a merge that differs from every
 * parent is itself the change.
 */
export function lastTouched(commits: readonly LogCommit[], merges: ReadonlyMap<string, string[][]> = new Map()): Map<string, string> {
  const found = new Map<string, string>();
  const all = new Set(commits.flatMap((c) => [...c.lists, ...(merges.get(c.hash) ?? [])].flat().flatMap(withFolders)));
  const pending = new Map<string, Set<string>>(commits[0] ? [[commits[0].hash, all]] : []);
  const send = (hash: string, path: string) => {
    const set = pending.get(hash) ?? new Set<string>();
    set.add(path);
    pending.set(hash, set);
  };
  for (const c of commits) {
    const here = pending.get(c.hash);
    if (!here) continue;
    pending.delete(c.hash);
    const firstParent = c.lists[0] ?? [];
    const lists = c.parents.length <= 1 ? [firstParent] : mergeLists(c.parents.length, firstParent, merges.get(c.hash) ?? []);
    const changed = lists.map((files) => new Set(files.flatMap(withFolders)));
    for (const path of here) {
      const same = changed.findIndex((set) => !set.has(path));
      if (same === -1) found.set(path, c.value);
      else if (c.parents[same] !== undefined) send(c.parents[same], path);
    }
  }
  return found;
}

/**
 * Paths under the working directory with their last commit, in git's `format`
 * (`%cs` is the commit date); empty outside a git checkout.
 */
export function lastCommits(format = '%cs'): Map<string, string> {
  // --no-renames: a file moved away still counts as a change to the folder it left, as `git log -- <folder>` counts it.
  const log = (args: string[]) =>
    execFileSync('git', ['log', '-z', '--name-only', '--no-renames', '--relative', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 });
  try {
    const commits = parseLog(log(['--topo-order', '--diff-merges=first-parent', `--format=${COMMIT}%H %P${UNIT}${format}`]));
    const merges = parseLog(log(['--merges', '--diff-merges=separate', `--format=${COMMIT}%H %P${UNIT}`]));
    return lastTouched(commits, new Map(merges.map((m) => [m.hash, m.lists])));
  } catch {
    return new Map(); // not a git checkout, or git is not installed
  }
}

/** The per-file way: one `git log -1` for one path. Used for paths outside the working directory. */
export function lastCommit(path: string, format = '%cs'): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', `--format=${format}`, '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out === '' ? undefined : out;
  } catch {
    return undefined;
  }
}

/** The date (`YYYY-MM-DD`) a file or folder last changed. */
export function lastChanged(path: string): string {
  const cached = cache.get(path);
  if (cached) return cached;
  const rel = relative(process.cwd(), resolve(path)).split(sep).join('/');
  const outside = rel === '..' || rel.startsWith('../') || isAbsolute(rel);
  history ??= lastCommits();
  let date = outside ? lastCommit(path) : history.get(rel);
  if (date === undefined || !DATE.test(date)) date = (existsSync(path) ? statSync(path).mtime : new Date()).toISOString().slice(0, 10);
  cache.set(path, date);
  return date;
}
