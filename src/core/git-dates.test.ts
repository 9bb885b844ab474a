import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged, lastCommit, lastCommits, parseNameLog } from './git-dates.node';

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
const inGit = (() => {
  try {
    return git(['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
})();

describe('parseNameLog', () => {
  // As git prints it, newest first: `-z --name-only --diff-merges=separate --format=%x1e%H %P%x1f%cs`.
  const commit = (hash: string, parents: string, date: string, files: string[]) => `\x1e${hash} ${parents}\x1f${date}\0\n${files.map((f) => `${f}\0`).join('')}`;

  it('dates each file and each folder above it by the newest commit that touched it', () => {
    const log = commit('c3', 'c2', '2026-03-01', ['data/a.csv']) + commit('c2', 'c1', '2026-02-01', []) + commit('c1', '', '2026-01-01', ['data/a.csv', 'data/sub/b.csv', 'README.md']);
    const dates = parseNameLog(log);
    expect(dates.get('data/a.csv')).toBe('2026-03-01');
    expect(dates.get('data/sub/b.csv')).toBe('2026-01-01');
    expect(dates.get('data/sub')).toBe('2026-01-01');
    expect(dates.get('data')).toBe('2026-03-01');
    expect(dates.get('README.md')).toBe('2026-01-01');
    expect(dates.get('')).toBe('2026-03-01');
    expect(dates.has('missing.csv')).toBe(false);
  });

  it('counts a merge only for paths that differ from every parent', () => {
    // m merges b (changed data/b.csv) into a (changed data/a.csv and README.md); the merge also edits README.md.
    const log =
      commit('m', 'a b', '2026-05-01', ['data/b.csv', 'README.md']) +
      commit('m', 'a b', '2026-05-01', ['data/a.csv', 'README.md']) +
      commit('b', 'o', '2026-04-01', ['data/b.csv']) +
      commit('a', 'o', '2026-03-01', ['data/a.csv', 'README.md']) +
      commit('o', '', '2026-01-01', ['data/a.csv', 'data/b.csv', 'README.md']);
    const dates = parseNameLog(log);
    expect(dates.get('README.md')).toBe('2026-05-01');
    expect(dates.get('data')).toBe('2026-05-01');
    expect(dates.get('data/a.csv')).toBe('2026-03-01');
    expect(dates.get('data/b.csv')).toBe('2026-04-01');
  });

  it('ignores a merge that took one parent as it was (git prints no list for that parent)', () => {
    const log = commit('m', 'a b', '2026-05-01', ['b.csv']) + commit('b', 'o', '2026-04-01', ['b.csv']) + commit('o', '', '2026-01-01', ['b.csv']);
    expect(parseNameLog(log).get('b.csv')).toBe('2026-04-01');
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
    try {
      expect(lastChanged(file)).toBe(new Date().toISOString().slice(0, 10));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
