import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HISTORY_DESCRIPTIONS } from '../../build/registry';
import { chooseBase, findRepo } from './git.node.ts';
import { checkHistory, readRevisionLog } from './history.node.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const today = new Date('2026-11-22T12:00:00Z');
const LOCAL = {}; // no CI variables: the rules for a computer

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'olo-history-'));
  dirs.push(dir);
  return dir;
}

/** A git repository with a data folder, committing as a fixed person on fixed dates. */
function repo() {
  const root = temp();
  const data = join(root, 'data');
  mkdirSync(data);
  const run = (args: string[], date = '2026-10-01T10:00:00Z') =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Comms', GIT_AUTHOR_EMAIL: 'c@example.org', GIT_COMMITTER_NAME: 'Comms', GIT_COMMITTER_EMAIL: 'c@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  run(['init', '-q', '-b', 'main']);
  const write = (name: string, text: string) => writeFileSync(join(data, name), text);
  const commit = (message: string, date?: string) => {
    run(['add', '-A']);
    run(['commit', '-q', '-m', message], date);
  };
  return { root, data, run, write, commit };
}

const HEAD = 'month,plans_issued_den,plans_issued_within_20_weeks\n';
const THREE = `${HEAD}2026-07,80,40\n2026-08,95,60\n2026-09,103,62\n`;

describe('the history check against git', () => {
  it('says clearly when the files have no git history, rather than failing', () => {
    const dir = temp();
    writeFileSync(join(dir, 'ehcp-timeliness.csv'), THREE);
    const result = checkHistory(dir, today, HISTORY_DESCRIPTIONS, LOCAL);
    expect(result.compared).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.note).toBe('History: not checked, because there is no earlier version to compare with: this copy of the files has no git history (a downloaded copy, or a folder outside the repository).');
  });

  it('says so on the first commit', () => {
    const r = repo();
    r.write('ehcp-timeliness.csv', THREE);
    r.commit('first');
    expect(checkHistory(r.data, today, HISTORY_DESCRIPTIONS, LOCAL).note).toMatch(/: this is the first commit, so nothing was published before it\.$/);
  });

  it('compares HEAD~1 with HEAD when the data folder is clean: a month taken out in the last commit is an error', () => {
    const r = repo();
    r.write('ehcp-timeliness.csv', THREE);
    r.commit('three months');
    r.write('ehcp-timeliness.csv', `${HEAD}2026-09,103,62\n2026-10,103,66\n`);
    r.commit('oops');
    const result = checkHistory(r.data, today, HISTORY_DESCRIPTIONS, LOCAL);
    expect(result.note).toMatch(/^History: compared with the commit before the last one, HEAD~1, .*: 2 rows taken out without a reason, 0 figures revised\.$/);
    expect(result.problems.map((p) => p.expected)).toEqual([
      'July 2026 (row 2 of the version last published) to be in this file too',
      'August 2026 (row 3 of the version last published) to be in this file too',
    ]);
  });

  it('compares HEAD with the files on disk when they have changes not yet committed', () => {
    const r = repo();
    r.write('ehcp-timeliness.csv', THREE);
    r.commit('three months');
    r.write('ehcp-timeliness.csv', `${THREE}2026-10,103,66\n`);
    r.commit('October');
    r.write('ehcp-timeliness.csv', `${HEAD}2026-08,95,60\n2026-09,103,62\n2026-10,103,66\n`);
    const result = checkHistory(r.data, today, HISTORY_DESCRIPTIONS, LOCAL);
    expect(result.note).toContain('the last commit, HEAD, because the data folder has changes not yet committed');
    expect(result.removed).toEqual([{ file: expect.stringMatching(/ehcp-timeliness\.csv$/), key: '2026-07' }]);
  });

  it('in a pull request, compares with the base branch, and says so when it is missing', () => {
    const r = repo();
    r.write('ehcp-timeliness.csv', THREE);
    r.commit('published');
    r.run(['update-ref', 'refs/remotes/origin/main', 'HEAD']);
    r.run(['checkout', '-q', '-b', 'november']);
    r.write('ehcp-timeliness.csv', `${HEAD}2026-09,103,62\n`);
    r.commit('first step');
    r.write('ehcp-timeliness.csv', `${HEAD}2026-09,103,62\n2026-10,103,66\n`);
    r.commit('second step');
    // HEAD~1 alone would see nothing wrong; the base of the pull request does.
    const result = checkHistory(r.data, today, HISTORY_DESCRIPTIONS, { GITHUB_BASE_REF: 'main' });
    expect(result.note).toContain('the published version: origin/main, the base of this pull request');
    expect(result.removed.map((x) => x.key)).toEqual(['2026-07', '2026-08']);
    const missing = chooseBase(findRepo(r.data)!, { GITHUB_BASE_REF: 'live' });
    expect(missing).toEqual({ ok: false, reason: "this pull request's base branch, live, is not in this copy. Give the checkout step fetch-depth: 0." });
  });

  it('on a push, compares with the commit before the push', () => {
    const r = repo();
    r.write('ehcp-timeliness.csv', THREE);
    r.commit('published');
    const before = r.run(['rev-parse', 'HEAD']).trim();
    r.write('ehcp-timeliness.csv', `${HEAD}2026-09,103,62\n`);
    r.commit('one');
    r.write('ehcp-timeliness.csv', `${HEAD}2026-09,103,62\n2026-10,100,60\n`);
    r.commit('two');
    const event = join(temp(), 'event.json');
    writeFileSync(event, JSON.stringify({ before }));
    const result = checkHistory(r.data, today, HISTORY_DESCRIPTIONS, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    expect(result.note).toContain('the version before this push');
    expect(result.removed).toHaveLength(2);
  });

  it('says a shallow clone has no earlier version', () => {
    const r = repo();
    r.write('ehcp-timeliness.csv', THREE);
    r.commit('one');
    r.write('ehcp-timeliness.csv', `${THREE}2026-10,1,1\n`);
    r.commit('two');
    const clone = join(temp(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.root}`, clone]);
    expect(checkHistory(join(clone, 'data'), today, HISTORY_DESCRIPTIONS, LOCAL).note).toContain('this copy of the repository is shallow (cloned with --depth)');
  });
});

describe('the revisions log from git', () => {
  it('lists every past figure that changed, with the day it was published and the reason from the change log', () => {
    const r = repo();
    r.write('ehcp-timeliness.csv', THREE);
    r.commit('September', '2026-10-15T09:00:00Z');
    r.write('ehcp-timeliness.csv', `${THREE.replace('2026-08,95,60', '2026-08,97,61')}2026-10,103,66\n`);
    r.write('changes.csv', 'date,file,what,why\n2026-11-18,data/ehcp-timeliness.csv,2026-08,Two plans were recorded late.\n');
    r.commit('October', '2026-11-18T09:00:00Z');
    // Not committed yet: a preview shows it as revised today.
    r.write('ehcp-timeliness.csv', `${THREE.replace('2026-08,95,60', '2026-08,97,61').replace('2026-07,80', '2026-07,81')}2026-10,103,66\n`);
    const { value, problems } = readRevisionLog(r.data, today, HISTORY_DESCRIPTIONS);
    expect(problems).toEqual([]);
    expect(value.map(({ key, column, before, after, date, why }) => ({ key, column, before, after, date, why }))).toEqual([
      { key: '2026-08', column: 'plans_issued_den', before: 95, after: 97, date: '2026-11-18', why: 'Two plans were recorded late.' },
      { key: '2026-08', column: 'plans_issued_within_20_weeks', before: 60, after: 61, date: '2026-11-18', why: 'Two plans were recorded late.' },
      { key: '2026-07', column: 'plans_issued_den', before: 80, after: 81, date: '2026-11-22', why: undefined },
    ]);
  });
});

describe('an area that started from the sample (historyFrom)', () => {
  const SAMPLE = `${HEAD}2026-06,94,58\n2026-07,80,40\n`;
  const OURS = `${HEAD}2026-09,28,10\n2026-10,31,12\n`;
  const START = '2026-11-20T10:00:00Z';

  function replacedSample() {
    const r = repo();
    r.write('ehcp-timeliness.csv', SAMPLE);
    r.commit('the sample', '2026-10-01T09:00:00Z');
    r.write('ehcp-timeliness.csv', OURS);
    r.commit('our own figures', '2026-11-21T09:00:00Z');
    return r;
  }

  it('accepts the first publication: the sample’s months going are not an error, as nothing of the area’s was published before', () => {
    const r = replacedSample();
    expect(checkHistory(r.data, today, HISTORY_DESCRIPTIONS, LOCAL).problems.length).toBeGreaterThan(0);
    const result = checkHistory(r.data, today, HISTORY_DESCRIPTIONS, LOCAL, START);
    expect(result.problems).toEqual([]);
    expect(result.note).toContain("this area's own data started after that version");
  });

  it('shows no revision for figures the area never published, and still guards what it has published since', () => {
    const r = replacedSample();
    r.write('ehcp-timeliness.csv', OURS.replace('2026-09,28,10', '2026-09,29,10'));
    // Without historyFrom, the sample's June and July figures would count as published and then "revised" away.
    expect(readRevisionLog(r.data, today, HISTORY_DESCRIPTIONS, START).value.map((v) => [v.key, v.before, v.after])).toEqual([['2026-09', 28, 29]]);
    r.commit('revised', '2026-11-22T09:00:00Z');
    r.write('ehcp-timeliness.csv', `${HEAD}2026-09,29,10\n`);
    expect(checkHistory(r.data, today, HISTORY_DESCRIPTIONS, LOCAL, START).problems.map((p) => p.expected)).toEqual([expect.stringMatching(/^October 2026 \(row 3 of the version last published\) to be in this file too/)]);
  });
});
