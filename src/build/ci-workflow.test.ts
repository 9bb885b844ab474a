/** The check-and-publish workflow: every change is checked, and main is rebuilt and republished every day. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { name?: string; uses?: string; run?: string; if?: string; 'continue-on-error'?: string }
interface Job { if?: string; needs?: string; steps: Step[] }
const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  on: { push: unknown; pull_request: unknown; workflow_dispatch: unknown; schedule: { cron: string }[] };
  jobs: { check: Job; publish: Job };
};

/**
 * Whether a condition of the simple kind this workflow uses (`context == 'text'`
 * joined by `&&`) holds for one run; a condition it cannot read fails the test.
 */
function holds(condition: string | undefined, run: Readonly<Record<string, string>>): boolean {
  if (condition === undefined) return true;
  return condition.split('&&').every((clause) => {
    const m = /^\s*([\w.]+)\s*(==|!=)\s*'([^']*)'\s*$/.exec(clause);
    if (!m || run[m[1]!] === undefined) throw new Error(`A condition this test cannot read: ${clause.trim()}`);
    return m[2] === '==' ? run[m[1]!] === m[3] : run[m[1]!] !== m[3];
  });
}
const publishes = (condition: string | undefined, event: string, ref = 'refs/heads/main') => holds(condition, { 'github.ref': ref, 'github.event_name': event });

describe('.github/workflows/ci.yml', () => {
  it('still checks every push and pull request, and can be run by hand', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_dispatch', 'schedule']));
  });

  it('runs once a day, just after midnight in England whether or not it is summer time (00:xx UTC)', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\d{1,2} 0 \* \* \*$/);
  });

  it('on the daily run, checks the data (warnings in the log), builds and tests, and publishes main as a push does', () => {
    const runs = workflow.jobs.check.steps.map((s) => s.run ?? '');
    expect(runs.join('\n')).toMatch(/npm run check-data -- --format github[\s\S]*npm test/);
    const keep = workflow.jobs.check.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    for (const event of ['schedule', 'push', 'workflow_dispatch']) {
      expect(publishes(keep.if, event), event).toBe(true);
      expect(publishes(workflow.jobs.publish.if, event), event).toBe(true);
    }
    // Never a pull request, nor a push to another branch.
    expect(publishes(keep.if, 'pull_request')).toBe(false);
    expect(publishes(workflow.jobs.publish.if, 'pull_request')).toBe(false);
    expect(publishes(workflow.jobs.publish.if, 'push', 'refs/heads/draft')).toBe(false);
    expect(workflow.jobs.publish.needs).toBe('check');
  });

  it('audits the dependencies on every run: a push stops on a vulnerability, the daily refresh reports it and goes on', () => {
    const audit = workflow.jobs.check.steps.find((s) => s.run?.startsWith('npm audit'))!;
    expect(audit.run).toBe('npm audit --audit-level=high');
    expect(audit['continue-on-error']).toBe("${{ github.event_name == 'schedule' }}");
  });
});
