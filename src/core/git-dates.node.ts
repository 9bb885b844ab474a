/**
 * When a file last changed, from its last git commit. A comms officer's commit
 * is the moment the figures were published, so pages say "last updated" from it.
 * Outside a git checkout (e.g. a downloaded zip) the file's modified time is used.
 *
 * One `git log` over the whole history answers every file and folder: starting
 * a git process per file cost about 6% of a large build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Starts each commit in the log below, and separates its ids from the formatted value. */
const COMMIT = '\x1e';
const UNIT = '\x1f';

const cache = new Map<string, string>();
let history: Map<string, string> | undefined;

/** A path and every folder above it (`''` is the top folder). */
function withFolders(file: string): string[] {
  const parts = file.split('/');
  return parts.map((_, i) => parts.slice(0, i).join('/')).concat(file);
}

/**
 * Every path in the history of the working directory (files, and each folder
 * above them, `''` for the top) with the value `--format` printed for the
 * newest commit that touched it, read from the output of
 * `git log -z --name-only --diff-merges=separate --format=%x1e%H %P%x1f<format>`.
 * Newest commits come first, so the first one seen wins.
 *
 * A merge counts for a path only if the path differs from every parent, as
 * `git log -- <path>` decides: git prints one file list per parent whose tree
 * differs, so a merge with fewer lists than parents touched nothing.
 */
export function parseNameLog(log: string): Map<string, string> {
  const found = new Map<string, string>();
  let commit: { hash: string; parents: number; value: string; lists: string[][] } | undefined;
  const flush = () => {
    if (!commit || commit.lists.length < Math.max(1, commit.parents)) return;
    const [first, ...others] = commit.lists.map((files) => new Set(files.flatMap(withFolders)));
    for (const path of first!) if (!found.has(path) && others.every((set) => set.has(path))) found.set(path, commit.value);
  };
  for (const raw of log.split('\0')) {
    const token = raw.replace(/^\n+/, '');
    if (token.startsWith(COMMIT)) {
      const [ids = '', value = ''] = token.slice(1).split(UNIT);
      const [hash = '', ...parents] = ids.trim().split(' ').filter((id) => id !== '');
      if (commit?.hash !== hash) {
        flush();
        commit = { hash, parents: parents.length, value: value.trim(), lists: [] };
      }
      commit.lists.push([]);
    } else if (token !== '') {
      commit?.lists.at(-1)?.push(token);
    }
  }
  flush();
  return found;
}

/**
 * Paths under the working directory with their last commit, in git's `format`
 * (`%cs` is the commit date); empty outside a git checkout. One git process.
 */
export function lastCommits(format = '%cs'): Map<string, string> {
  try {
    // --no-renames: a file moved away still counts as a change to the folder it left, as `git log -- <folder>` counts it.
    const log = execFileSync(
      'git',
      ['log', '-z', '--name-only', '--no-renames', '--diff-merges=separate', `--format=${COMMIT}%H %P${UNIT}${format}`, '--relative'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 },
    );
    return parseNameLog(log);
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
