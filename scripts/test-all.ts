/**
 * `npm test`: every check, in the order a failure is cheapest to find.
 * Type check → unit tests (frozen sample) → build this site (checks its data
 * first) → build the frozen sample → browser tests → budgets of this site.
 * Output stays short: test runs print one line per file and failures in full
 * (with what a failed test printed; passed tests print nothing more);
 * the type check and the build print a line or two unless they fail, then
 * everything they said. Ends with one line "tests: N passed, M failed" over all the tests run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
}

const totals = { passed: 0, failed: 0 };
const timings: string[] = [];
const env = { ...process.env, FORCE_COLOR: process.env['CI'] ? '0' : '1' };
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Runs one step. With `summary`, its output is kept back and only the lines
 * `summary` picks are printed, unless the step fails: then all of it is.
 */
function run(title: string, command: string, args: string[], summary?: (output: string) => string[]): boolean {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const start = performance.now();
  const result = summary
    ? spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(command, args, { env, stdio: 'inherit' });
  const ok = result.status === 0;
  if (summary) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (ok) for (const line of summary(plain(output))) console.log(line);
    else console.log(output);
  }
  const seconds = (performance.now() - start) / 1000;
  timings.push(`${title}: ${seconds.toFixed(0)} s`);
  console.log(`${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  return ok;
}

/** The lines of `output` that match, e.g. a tool's own one-line summary and any warning. */
const lines = (pattern: RegExp) => (output: string) => output.split('\n').filter((l) => pattern.test(l)).map((l) => l.trim());

function vitest(title: string, projects: string[]): boolean {
  const out = `test-results/${projects.join('-')}.json`;
  rmSync(out, { force: true });
  // One line per test file; a failed test in full, with what it printed. Passed tests stay quiet: what they print
  // (passed-only) and their names, unless one takes over a minute (the config's 15 s is for runs of a few files).
  const quiet = ['--silent=passed-only', '--slowTestThreshold=60000'];
  const ok = run(title, 'npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', ...quiet, '--reporter=json', `--outputFile=${out}`]);
  if (existsSync(out)) {
    const json = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
  }
  return ok;
}

mkdirSync('test-results', { recursive: true });
const started = performance.now();
const steps: (() => boolean)[] = [
  () => run('Type check', 'npx', ['astro', 'check'], lines(/^Result|errors?$|warnings?$|hints?$/)),
  () => vitest('Unit tests (on the frozen sample in tests/sample/)', ['unit']),
  () => run('Build this site from data/ and content/ (checks the data first)', 'npm', ['run', 'build'], lines(/Data check|page\(s\) built|Indexed \d+ pages|\[WARN\]|warning/i)),
  () => run('Build the frozen sample for the journey tests', 'npm', ['run', 'build:sample'], lines(/page\(s\) built|Indexed \d+ pages/i)),
  () => vitest('Browser tests: journeys on the sample (e2e), and every page of this site (site)', ['e2e', 'site']),
  () => run('This site: budgets, links, valid HTML and no third parties', 'npx', ['tsx', 'scripts/check-site.ts']),
];
let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
console.log(`\n${ok ? 'All checks passed' : 'A check failed; see above'} in ${((performance.now() - started) / 1000).toFixed(0)} s (${timings.join(', ')}).`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
