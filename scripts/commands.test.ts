/**
 * Every command people run answers --help with its usage and an example
 * (exit 0), refuses an unknown option or a missing argument with the usage
 * (exit 2), and meets an ordinary mistake with a message, never a stack trace.
 * Each script is run as a person would run it, through tsx.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [`scripts/${script}.ts`, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A Node stack trace line: "    at readFile (node:fs:…)". */
const STACK = /^\s+at .+[(:]/m;

/** The npm scripts that take options or arguments, and the other command-line tools the docs name. */
const COMMANDS = [
  ['check-data', 'npm run check-data'],
  ['draft-update', 'npm run draft-update'],
  ['import-dfe', 'npm run import:dfe'],
  ['import-directory', 'npm run import:directory'],
  ['generate-fixtures', 'npm run fixtures'],
  ['bench', 'npm run bench'],
  ['bench-directory', 'npm run bench:directory'],
  ['check-site', 'npm run check-site'],
  ['lighthouse', 'npm run lighthouse'],
  ['complete-lockfile', 'npm run lockfile'],
  ['screenshots', 'npx tsx scripts/screenshots.ts'],
  ['translation-hash', 'npx tsx scripts/translation-hash.ts'],
] as const;

// Each test starts a command in a process of its own (tsx compiling it first): seconds alone, but on a busy
// machine running several at once some took over 30 s, so these have more time.
const SPAWN_TIMEOUT = 120_000;

describe.concurrent('every command', () => {
  it.each(COMMANDS)('%s: --help prints the usage with an example and exits 0', async (script, command) => {
    const result = await run(script, ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: ${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(result.stdout).toMatch(/\nExamples?:\n {2}\S/);
    expect(result.stderr).toBe('');
  }, SPAWN_TIMEOUT);

  it.each(COMMANDS)('%s: an unknown option prints what is wrong and the usage, exits 2, and no stack trace', async (script, command) => {
    const result = await run(script, ['--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^There is no option --no-such-option\\.\\n\\nUsage: ${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stdout).toBe('');
  }, SPAWN_TIMEOUT);
});

describe.concurrent('ordinary mistakes', () => {
  it.each([
    ['import-dfe', [], /^Give the release: /],
    ['import-directory', [], /^Give the feed: /],
    ['generate-fixtures', ['--services', '10'], /^Say where to write the data with --out <folder>\./],
    ['import-directory', ['feed.json', '--delay', 'soon'], /^--delay needs a whole number, such as 1000, but found "soon"\./],
    ['bench', ['--runs', 'many'], /^--runs needs a whole number of at least 1, such as 5, but found "many"\./],
    ['check-data', ['--format', 'xml'], /^--format is text or github, not "xml"\./],
    ['check-data', ['extra'], /^This command takes no arguments, but found "extra"\./],
    ['draft-update', ['--month', 'Smarch'], /^--month is a month such as 2026-11, but found "Smarch"\./],
    ['draft-update', ['--date', 'tomorrow'], /^--date is a day such as 2026-12-18, but found "tomorrow"\./],
    ['screenshots', ['services'], /^Page addresses start with \/, such as \/services\/, but found "services"\./],
  ])('%s %j: says what is missing or wrong, with the usage, and exits 2', async (script, args, message) => {
    const result = await run(script, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('\nUsage: ');
    expect(result.stderr).not.toMatch(STACK);
  }, SPAWN_TIMEOUT);

  it.each([
    ['import-directory', ['no/such/feed.json', '--dry-run'], {}, /^There is no file or folder at no\/such\/feed\.json/],
    ['import-dfe', ['no/such/release', '--out', 'no/such/out'], {}, /no\/such\/release: Expected a folder of DfE release files/],
    ['check-site', [], { DIST_DIR: 'no/such/dist' }, /^There is no built site in no\/such\/dist\/\. Run npm run build first\./],
    ['translation-hash', ['no/such/guide.mdx'], {}, /^There is no file or folder at no\/such\/guide\.mdx\./],
  ] as const)('%s %j: a path that is not there is a message, not a stack trace', async (script, args, env, message) => {
    const result = await run(script, [...args], env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK);
  }, SPAWN_TIMEOUT);
});

describe("a person's mistake the software names", () => {
  const dir = mkdtempSync(join(tmpdir(), 'commands-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its message, then what to do next, with no stack trace, and exits 1', async () => {
    const feed = join(dir, 'not-a-feed.json');
    writeFileSync(feed, JSON.stringify({ hello: 'world' }));
    const result = await run('import-directory', [feed, '--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${feed} is not a directory feed we recognise: it has no "content" or "contents" list and no service "id" (its keys are hello).\n` +
        "We read Open Referral UK 1.0 and HSDS 3.0 (UK profile) list pages and services, HSDS 3.0 data packages and Outpost's API.\n",
    );
    expect(result.stderr).not.toMatch(STACK);
  }, SPAWN_TIMEOUT);
});
