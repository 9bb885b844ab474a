import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../src/core/shared-fixtures.node.ts';
import { projectCopy as copyOfProject } from '../tests/support/project-copy';

const tsx = join('node_modules', '.bin', 'tsx');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the sample data folder with one file replaced. */
function brokenData(file: string, contents: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'olo-data-'));
  dirs.push(dir);
  cpSync('tests/sample/data', dir, { recursive: true });
  writeFileSync(join(dir, file), contents);
  return dir;
}

const BAD_EHCP = 'month,plans_issued_den,plans_issued_within_20_weeks\n2026-10,91,58\n2026-13,80,40\n2026-08,10,12\n';

describe('npm run check-data', () => {
  it('passes the frozen sample on its day', () => {
    const result = spawnSync(tsx, ['scripts/check-data.ts'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('is fine');
  });

  it('lists every problem with file, row, column and value, and exits 1', () => {
    const dir = brokenData('ehcp-timeliness.csv', BAD_EHCP);
    const result = spawnSync(tsx, ['scripts/check-data.ts', '--format', 'github'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/ehcp-timeliness\.csv, row 3, column "month": Found "2026-13"\. Expected a month/);
    expect(result.stdout).toMatch(/ehcp-timeliness\.csv, row 4, column "plans_issued_within_20_weeks": Found "12"/);
    expect(result.stdout).toMatch(/::error file=.*ehcp-timeliness\.csv,line=3,/);
    expect(result.stdout).toContain('2 errors and 0 warnings in 1 file.');
  });
});

describe('a file the site does not read', () => {
  /** A copy of the sample data folder with `file` added (and `gone` taken away). */
  function withFile(file: string, contents: string | Uint8Array, gone?: string): string {
    const dir = brokenData(file, contents);
    if (gone) rmSync(join(dir, gone));
    return dir;
  }
  const check = (dir: string) => spawnSync(tsx, ['scripts/check-data.ts'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });

  it('saved as "ehcp-timeliness (1).csv" beside the old one is an error naming the file it looks like', () => {
    const result = check(withFile('ehcp-timeliness (1).csv', readFileSync('tests/sample/data/ehcp-timeliness.csv')));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Error: .*ehcp-timeliness \(1\)\.csv: Expected a file the site reads, but ehcp-timeliness \(1\)\.csv is not read by the site\. Did you mean to replace ehcp-timeliness\.csv\?/m);
    expect(result.stdout).toContain('1 error and 0 warnings in 1 file.');
  });

  it('saved as a workbook in place of the CSV is explained first, and the missing CSV follows from it', () => {
    const workbook = readFileSync(sharedFixture('dfe-statistical-neighbours', 'sn_may_2025.xlsx'));
    const result = check(withFile('ehcp-timeliness.xlsx', workbook, 'ehcp-timeliness.csv'));
    expect(result.status).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => /^\s*Error: /.test(l));
    expect(errors[0]).toMatch(/^Error: .*ehcp-timeliness\.xlsx: Expected a CSV file: ehcp-timeliness\.xlsx is a spreadsheet workbook, which the site does not read\. Open it and save it as CSV UTF-8, named exactly ehcp-timeliness\.csv/);
    expect(errors.slice(1)).toEqual([expect.stringMatching(/^ {2}Error: .*ehcp-timeliness\.csv: Expected a file called ehcp-timeliness\.csv in .* This is because .*ehcp-timeliness\.xlsx is a workbook/)]);
    expect(result.stdout).not.toMatch(/template|Windows-1252/);
    expect(result.stdout).toMatch(/Start with the cause of 1 other problem: .*ehcp-timeliness\.xlsx is a workbook, not the CSV file .*ehcp-timeliness\.csv\./);
  });
});

describe('a brand colour too pale for white text', () => {
  const paleBrand = () => brokenData('site.yaml', readFileSync('tests/sample/data/site.yaml', 'utf8').replace(/^brandColour: .*$/m, 'brandColour: "#4f9bd9"'));
  const plain = (output: string) => {
    expect(output).toMatch(/site\.yaml, row \d+, column "brandColour": Found "#4f9bd9"\. Expected a colour dark enough for white text on it: this one has a contrast of 2\.99 to 1 with white, and WCAG 2\.2 AA needs at least 4\.5 to 1\. A darker shade of the same colour that passes: #[0-9a-f]{6}/);
    // No stack trace, no raw error object.
    expect(output).not.toMatch(/ZodError|\n\s+at |triggerUncaughtException|problems: \[/);
  };

  it('is listed by check-data like any other problem, with the ratio found, the ratio needed and a darker shade', () => {
    const result = spawnSync(tsx, ['scripts/check-data.ts'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: paleBrand() } });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    plain(result.stdout);
    expect(result.stdout).toContain('1 error and 0 warnings in 1 file.');
  });

  it('stops the build with the same plain message', () => {
    const dir = paleBrand();
    const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', join(dir, 'dist-out')], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });
    expect(result.status).not.toBe(0);
    plain(result.stdout + result.stderr);
    expect(existsSync(join(dir, 'dist-out', 'index.html'))).toBe(false);
  }, 60_000);
});

describe('a build with a data error', () => {
  it('stops before any page is written, with the same messages', () => {
    const dir = brokenData('ehcp-timeliness.csv', BAD_EHCP);
    const out = join(dir, 'dist-out');
    // astro build on its own (not npm run build), to prove the loaders stop it too.
    const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', out], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/row 3, column "month": Found "2026-13"/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 60_000);
});

/** A copy of the project with the frozen sample as its data and content (tests/support/project-copy.ts), removed after the tests. */
function projectCopy(): string {
  const root = copyOfProject();
  dirs.push(root);
  return root;
}

/** A guide that names a fact the data does not have, and shows a picture that is not there: two errors. */
function breakGuide(root: string): void {
  const guide = join(root, 'content', 'guides', 'annual-reviews.mdx');
  writeFileSync(guide, `${readFileSync(guide, 'utf8')}\nThe answer is <Fact name="no.such.fact" />.\n\n![A picture](/images/no-such-picture.svg)\n`);
}

function buildIn(root: string) {
  const { DATA_DIR: _data, CONTENT_DIR: _content, ...env } = process.env;
  // (BUILD_DATE stays: the sample's pinned day.)
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { cwd: root, encoding: 'utf8', env: { ...env } });
  // Without the colour codes Astro adds.
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, ''), wrotePages: existsSync(join(root, 'dist', 'index.html')) };
}

const PICTURE_ERROR = /annual-reviews\.mdx, row \d+, column "text": Found "\/images\/no-such-picture\.svg"/;

describe('a build with an error in a guide (checked in a second process while Astro bundles)', () => {
  it('stops before any page is written, naming the guide, the fact and the picture', () => {
    const root = projectCopy();
    breakGuide(root);
    const build = buildIn(root);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/annual-reviews\.mdx, row \d+, column "text": Found "no\.such\.fact"/);
    expect(build.output).toMatch(PICTURE_ERROR);
    // Reported after bundling (so the check ran beside it), and before any page.
    expect(build.output.indexOf('[vite] ✓ built in')).toBeGreaterThan(-1);
    expect(build.output.indexOf('[vite] ✓ built in')).toBeLessThan(build.output.search(PICTURE_ERROR));
    expect(build.wrotePages).toBe(false);
  }, 120_000);

  it('with a data error as well, lists both in the one run', () => {
    const root = projectCopy();
    breakGuide(root);
    writeFileSync(join(root, 'data', 'ehcp-timeliness.csv'), BAD_EHCP);
    const build = buildIn(root);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/row 3, column "month": Found "2026-13"/);
    // (Facts are not checked against data with errors: that would repeat each data error.)
    expect(build.output).toMatch(PICTURE_ERROR);
    expect(build.wrotePages).toBe(false);
  }, 120_000);
});

describe('a file saved as Windows-1252', () => {
  it('is refused with how to save it as CSV UTF-8', () => {
    const dir = brokenData('ehcp-timeliness.csv', '');
    writeFileSync(join(dir, 'ehcp-timeliness.csv'), Buffer.from('month,plans_issued_den,plans_issued_within_20_weeks,note\n2026-10,91,58,Zo\xeb\n', 'latin1'));
    const result = spawnSync(tsx, ['scripts/check-data.ts'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('CSV UTF-8 (Comma delimited)');
    expect(readFileSync(join(dir, 'ehcp-timeliness.csv')).length).toBeGreaterThan(0);
  });
});

describe('a month taken out of a committed file', () => {
  it('is an error in the terminal and a GitHub annotation, naming the month and its old row', () => {
    const root = mkdtempSync(join(tmpdir(), 'olo-repo-'));
    dirs.push(root);
    cpSync('tests/sample/data', join(root, 'data'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 'C', GIT_AUTHOR_EMAIL: 'c@example.org', GIT_COMMITTER_NAME: 'C', GIT_COMMITTER_EMAIL: 'c@example.org' } });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'published');
    const file = join(root, 'data', 'ehcp-timeliness.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    // Keep the header and the last three months only, as in the report that started this.
    writeFileSync(file, [lines[0], ...lines.slice(-3)].join('\n') + '\n');
    const env = { ...process.env, DATA_DIR: join(root, 'data'), GITHUB_BASE_REF: '', GITHUB_EVENT_NAME: '', HISTORY_BASE: '' };
    const result = spawnSync(tsx, ['scripts/check-data.ts', '--format', 'github'], { encoding: 'utf8', env });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('History: compared with the last commit, HEAD, because the data folder has changes not yet committed');
    expect(result.stdout).toContain('::notice title=History of the data::History: compared with');
    expect(result.stdout).toMatch(/Error: .*ehcp-timeliness\.csv: Expected September 2023 \(row 2 of the version last published\) to be in this file too\./);
    expect(result.stdout).toMatch(/::error file=.*ehcp-timeliness\.csv,title=Data problem::Error: /);
    // One error per month gone (the header and the three months kept are not)…
    expect(result.stdout.match(/^Error: .*to be in this file too\./gm)).toHaveLength(lines.length - 4);
    // …and an update that states a figure for a month that has gone cannot be published either: listed under that month, because of it.
    expect(result.stdout).toMatch(
      /^Error: .*ehcp-timeliness\.csv: Expected October 2025 .*\n::error .*\n {2}Error: \S*content\/updates\/2026-11-02-ehcp-timeliness-october-2026\.mdx, row \d+, column "text": Found "ehcp\.2025-10\.percent-12-months"\. .*This is because October 2025 is missing from /m,
    );
  });
});
