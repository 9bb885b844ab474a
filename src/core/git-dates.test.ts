import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged, lastCommit, lastCommits, lastTouched, parseLog } from './git-dates.node';

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
const inGit = (() => {
  try {
    return git(['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
})();

describe('lastTouched', () => {
  // As git prints it: `-z --name-only --format=%x1e%H %P%x1f%cs`, one block per diff.
  const commit = (hash: string, parents: string, date: string, files: string[]) => `\x1e${hash} ${parents}\x1f${date}\0\n${files.map((f) => `${f}\0`).join('')}`;
  const dates = (log: string, merges = '') => lastTouched(parseLog(log), new Map(parseLog(merges).map((m) => [m.hash, m.lists])));

  it('dates each file and each folder above it by the newest commit that touched it', () => {
    const found = dates(commit('c3', 'c2', '2026-03-01', ['data/a.csv']) + commit('c2', 'c1', '2026-02-01', []) + commit('c1', '', '2026-01-01', ['data/a.csv', 'data/sub/b.csv', 'README.md']));
    expect(found.get('data/a.csv')).toBe('2026-03-01');
    expect(found.get('data/sub/b.csv')).toBe('2026-01-01');
    expect(found.get('data/sub')).toBe('2026-01-01');
    expect(found.get('data')).toBe('2026-03-01');
    expect(found.get('README.md')).toBe('2026-01-01');
    expect(found.get('')).toBe('2026-03-01');
    expect(found.has('missing.csv')).toBe(false);
  });

  // m merges b (changed data/b.csv) into a (changed data/a.csv and README.md); the merge also edits README.md.
  const merged =
    commit('m', 'a b', '2026-05-01', ['data/b.csv', 'README.md']) +
    commit('b', 'o', '2026-04-01', ['data/b.csv']) +
    commit('a', 'o', '2026-03-01', ['data/a.csv', 'README.md']) +
    commit('o', '', '2026-01-01', ['data/a.csv', 'data/b.csv', 'README.md']);

  it('counts a merge only for paths that differ from every parent, and follows the parent a path came from', () => {
    const found = dates(merged, commit('m', 'a b', '', ['data/b.csv', 'README.md']) + commit('m', 'a b', '', ['data/a.csv', 'README.md']));
    expect(found.get('README.md')).toBe('2026-05-01');
    expect(found.get('data')).toBe('2026-05-01');
    expect(found.get('data/a.csv')).toBe('2026-03-01');
    expect(found.get('data/b.csv')).toBe('2026-04-01');
  });

  it('skips a change that a merge threw away, as git log does', () => {
    // m kept a's side: its tree equals a's, so git prints no list for a, and b's newer change to x.csv never reached m.
    const log = commit('m', 'a b', '2026-05-01', []) + commit('b', 'o', '2026-04-01', ['x.csv']) + commit('a', 'o', '2026-03-01', ['x.csv']) + commit('o', '', '2026-01-01', ['x.csv']);
    expect(dates(log, commit('m', 'a b', '', ['x.csv'])).get('x.csv')).toBe('2026-03-01');
  });
});

describe.runIf(inGit)('lastChanged on this repository', () => {
  const files = git(['ls-files']).split('\n').filter((f) => f !== '');
  const folders = [...new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
  const paths = [...folders, ...files];

  it('finds the same commit as one `git log -1` per path, for every tracked file and folder', () => {
    expect(paths.length).toBeGreaterThan(100);
    // Commit hashes, not dates: most commits here share a day, and a wrong commit must show.
    const all = lastCommits('%H');
    const batched = paths.map((p) => [p, all.get(p)]);
    const oneByOne = paths.map((p) => [p, lastCommit(p, '%H')]);
    expect(batched).toEqual(oneByOne);
    expect(all.get('')).toBe(lastCommit('.', '%H'));
  }, 120_000);

  it('gives the date of that commit', () => {
    for (const p of ['.', 'data', 'package.json', files[0]!]) expect(lastChanged(p)).toBe(lastCommit(p) ?? lastChanged(p));
  });

  it('falls back to the modified time for a file git does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
    const file = join(dir, 'new.csv');
    writeFileSync(file, 'a\n');
    // The test gives the file its date, so the answer does not depend on today.
    utimesSync(file, new Date('2027-03-28T00:30:00Z'), new Date('2027-03-28T00:30:00Z'));
    try {
      expect(lastChanged(file)).toBe('2027-03-28');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
