/**
 * The versions of the data folder in git: which version counts as "last
 * published", the files in it, and every version of one file.
 *
 * Which version is compared with the files on disk:
 * - `HISTORY_BASE=<ref>` if set (e.g. `HISTORY_BASE=origin/main npm run check-data`);
 * - in a pull request on GitHub Actions, the base branch (`origin/$GITHUB_BASE_REF`):
 *   that is what is live, and what the pull request would change;
 * - on a push on GitHub Actions, the commit before the push (or `HEAD~1`);
 * - on a computer, `HEAD` when the data folder has changes not yet committed
 *   (what you are about to commit), otherwise `HEAD~1` (what you just committed).
 * With no git history (a downloaded copy, a shallow clone, the first commit)
 * there is nothing to compare with, and the check says so instead of failing.
 * `since` (an ISO date and time) is when this area's own data started: a
 * version committed before it is the sample the project shipped with, never
 * published by this area, so it is not compared with and has no revisions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from './guard';

function git(cwd: string, args: readonly string[]): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

function gitText(cwd: string, args: readonly string[]): string | undefined {
  return git(cwd, args)?.toString('utf8').trim();
}

/** The repository the data folder is in, and the folder's path inside it (`data/`). */
export interface Repo {
  root: string;
  /** The data folder inside the repository, with a trailing slash (`data/`), or '' at the top. */
  prefix: string;
}

export function findRepo(dataDir: string): Repo | undefined {
  if (!existsSync(dataDir)) return undefined;
  const root = gitText(dataDir, ['rev-parse', '--show-toplevel']);
  const prefix = gitText(dataDir, ['rev-parse', '--show-prefix']);
  if (!root || prefix === undefined) return undefined;
  return { root, prefix };
}

export type Base = { ok: true; commit: string; description: string } | { ok: false; reason: string };

function commitOf(repo: Repo, ref: string): string | undefined {
  return gitText(repo.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) || undefined;
}

function describe(repo: Repo, commit: string, what: string): Base {
  const when = gitText(repo.root, ['log', '-1', '--format=%h of %cs', commit]) ?? commit.slice(0, 7);
  return { ok: true, commit, description: `${what} (commit ${when})` };
}

/** The commit before a push, from the event GitHub Actions describes in a file. */
function pushedFrom(env: Record<string, string | undefined>): string | undefined {
  const path = env['GITHUB_EVENT_PATH'];
  if (env['GITHUB_EVENT_NAME'] !== 'push' || !path || !existsSync(path)) return undefined;
  try {
    const before: unknown = JSON.parse(readFileSync(path, 'utf8'))?.before;
    return typeof before === 'string' && /^[0-9a-f]{40}$/.test(before) && !/^0+$/.test(before) ? before : undefined;
  } catch {
    return undefined;
  }
}

const SHALLOW =
  'this copy of the repository is shallow (cloned with --depth), so it has no earlier version. ' +
  'Run git fetch --unshallow, or in GitHub Actions give the checkout step fetch-depth: 0.';

/** The version last published, as explained at the top of this file; none if it is older than `since`. */
export function chooseBase(repo: Repo, env: Record<string, string | undefined> = process.env, since?: string): Base {
  const base = chooseCommit(repo, env);
  if (!base.ok || since === undefined) return base;
  const committed = gitText(repo.root, ['log', '-1', '--format=%cI', base.commit]);
  return committed && Date.parse(committed) < Date.parse(since)
    ? { ok: false, reason: `this area's own data started after that version (historyFrom in the site configuration: ${since}), so nothing of this area's was published before.` }
    : base;
}

function chooseCommit(repo: Repo, env: Record<string, string | undefined>): Base {
  const wanted = env['HISTORY_BASE'];
  if (wanted) {
    const commit = commitOf(repo, wanted);
    return commit ? describe(repo, commit, `${wanted}, from HISTORY_BASE`) : { ok: false, reason: `HISTORY_BASE is ${wanted}, which is not a commit in this copy of the repository.` };
  }
  const baseBranch = env['GITHUB_BASE_REF'];
  if (baseBranch) {
    for (const ref of [`origin/${baseBranch}`, baseBranch]) {
      const commit = commitOf(repo, ref);
      if (commit) return describe(repo, commit, `the published version: ${ref}, the base of this pull request`);
    }
    return { ok: false, reason: `this pull request's base branch, ${baseBranch}, is not in this copy. Give the checkout step fetch-depth: 0.` };
  }
  const before = pushedFrom(env);
  if (before && commitOf(repo, before)) return describe(repo, before, 'the version before this push');

  if (!commitOf(repo, 'HEAD')) return { ok: false, reason: 'nothing has been committed yet, so nothing has been published.' };
  const changed = gitText(repo.root, ['status', '--porcelain', '--', repo.prefix || '.']);
  if (changed) return describe(repo, commitOf(repo, 'HEAD')!, 'the last commit, HEAD, because the data folder has changes not yet committed');
  const parent = commitOf(repo, 'HEAD^1');
  if (parent) return describe(repo, parent, 'the commit before the last one, HEAD~1, because the data folder has no changes since the last commit');
  return { ok: false, reason: gitText(repo.root, ['rev-parse', '--is-shallow-repository']) === 'true' ? SHALLOW : 'this is the first commit, so nothing was published before it.' };
}

/** Files are compared by their path inside the data folder: the CSV files and the site configuration (YAML), which the check page reads too; templates are not data. */
function isDataFile(path: string): boolean {
  return /\.(csv|ya?ml)$/i.test(path) && !path.startsWith('templates/');
}

/** The data folder's files as they were in a commit. */
export function snapshotAt(repo: Repo, commit: string): Snapshot {
  const listing = gitText(repo.root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', repo.prefix || '.']) ?? '';
  const files = new Map<string, Uint8Array>();
  for (const full of listing.split('\0').filter(Boolean)) {
    const path = full.slice(repo.prefix.length);
    if (!full.startsWith(repo.prefix) || !isDataFile(path)) continue;
    const bytes = git(repo.root, ['cat-file', 'blob', `${commit}:${full}`]);
    if (bytes) files.set(path, new Uint8Array(bytes));
  }
  return files;
}

/** The data folder's files as they are on disk. */
export function snapshotOnDisk(dataDir: string): Snapshot {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dataDir)) return files;
  for (const name of (readdirSync(dataDir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    const path = name.split('\\').join('/');
    if (isDataFile(path)) files.set(path, new Uint8Array(readFileSync(join(dataDir, name))));
  }
  return files;
}

/** One committed version of a file. */
export interface FileVersion {
  commit: string;
  /** The day it was committed, YYYY-MM-DD. */
  date: string;
  bytes: Uint8Array;
}

/**
 * Every version of a file along the first-parent line of HEAD, oldest first:
 * on main that is one version per merged change, not every commit on a branch.
 */
export function fileVersions(repo: Repo, path: string, since?: string): FileVersion[] {
  const full = `${repo.prefix}${path}`;
  const log = gitText(repo.root, ['log', '--first-parent', '--format=%H %cs', ...(since ? [`--since=${since}`] : []), '--', full]) ?? '';
  const versions: FileVersion[] = [];
  for (const line of log.split('\n').filter(Boolean).reverse()) {
    const [commit = '', date = ''] = line.split(' ');
    const bytes = git(repo.root, ['cat-file', 'blob', `${commit}:${full}`]);
    if (bytes) versions.push({ commit, date, bytes: new Uint8Array(bytes) });
  }
  return versions;
}

/** Is this copy shallow, so that old versions may be missing? */
export function isShallow(repo: Repo): boolean {
  return gitText(repo.root, ['rev-parse', '--is-shallow-repository']) === 'true';
}
