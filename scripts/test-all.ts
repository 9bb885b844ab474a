/**
 * `npm test`: every check, in the order a failure is cheapest to find.
 * Data check → type check → unit tests → build → browser tests → budgets.
 * Ends with one line "N passed, N failed" over all the tests run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
}

const totals = { passed: 0, failed: 0 };

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env['CI'] ? '0' : '1' } });
  return result.status === 0;
}

function vitest(project: string): boolean {
  const out = `test-results/${project}.json`;
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (existsSync(out)) {
    const json = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
  }
  return ok;
}

mkdirSync('test-results', { recursive: true });
const steps: (() => boolean)[] = [
  () => run('Type check', 'npx', ['astro', 'check']),
  () => vitest('unit'),
  () => run('Build (checks the data first)', 'npm', ['run', 'build']),
  () => vitest('e2e'),
  () => run('Budgets, links, valid HTML and no third parties', 'npx', ['tsx', 'scripts/check-site.ts']),
];
let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
console.log(`\n${ok ? 'All checks passed.' : 'A check failed; see above.'}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
