/**
 * `npm run draft-update` as a comms officer runs it after adding the month's
 * row: the draft names the new month's facts, and the folder with it passes
 * `npm run check-data`, so following docs/publishing.md publishes the update.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addMonths, formatMonth } from '../src/core/format';
import { buildDate } from '../src/core/build-date';
import { isoDay } from '../src/core/dates';

const tsx = join('node_modules', '.bin', 'tsx');
const root = mkdtempSync(join(tmpdir(), 'olo-draft-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('tests/sample/data', join(root, 'data'), { recursive: true });
cpSync('tests/sample/content', join(root, 'content'), { recursive: true });
const env = { ...process.env, DATA_DIR: join(root, 'data'), CONTENT_DIR: join(root, 'content') };
const run = (script: string, args: string[] = []) => spawnSync(tsx, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env });

// The month after the newest, with the newest month's figures: the row a comms officer adds.
const file = join(root, 'data', 'ehcp-timeliness.csv');
const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
const newest = lines.at(-1)!.split(',')[0]!;
const month = addMonths(newest, 1);
writeFileSync(file, `${lines.join('\n')}\n${lines.at(-1)!.replace(newest, month)}\n`);

describe('npm run draft-update', () => {
  it('writes the month’s update with its facts, and the folder with it passes check-data', () => {
    const result = run('draft-update');
    expect(result.status).toBe(0);
    const name = `${isoDay(buildDate())}-ehcp-timeliness-${formatMonth(month).toLowerCase().replace(' ', '-')}.mdx`;
    expect(result.stdout).toContain(`Wrote ${join(root, 'content', 'updates', name)}: the update announcing the figures for ${formatMonth(month)}.`);
    const text = readFileSync(join(root, 'content', 'updates', name), 'utf8');
    expect(text).toContain(`<Fact name="ehcp.${month}.issued" />`);
    expect(text).not.toContain(`ehcp.${newest}.issued`);

    const check = run('check-data');
    expect(check.stdout).toContain('is fine');
    expect(check.status).toBe(0);
  }, 90_000);

  it('will not write over a draft, and says what to do', () => {
    const again = run('draft-update');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/ already exists\.\nEdit it, or delete it and run this again\.\n$/);
    expect(readdirSync(join(root, 'content', 'updates')).filter((n) => n.includes(formatMonth(month).toLowerCase().replace(' ', '-')))).toHaveLength(1);
  });

  it('refuses a month the data does not have, naming the newest', () => {
    const later = addMonths(month, 1);
    const result = run('draft-update', ['--month', later, '--print']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`There are no figures for ${formatMonth(later)} in ${join(root, 'data', 'ehcp-timeliness.csv')}. Add that month's row first (the newest month there is ${formatMonth(month)}).\n`);
  });

  it('prints an earlier month’s draft with --print, and writes nothing', () => {
    const before = readdirSync(join(root, 'content', 'updates'));
    const result = run('draft-update', ['--month', newest, '--print', '--date', '2026-11-02']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^---\\ntitle: EHC plan figures for ${formatMonth(newest)}\\ndate: 2026-11-02\\n`));
    expect(readdirSync(join(root, 'content', 'updates'))).toEqual(before);
  });
});
