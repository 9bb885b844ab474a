/** The nightly import workflow: off until a feed is configured, and it only ever proposes changes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, string> }
const workflow = parse(readFileSync('.github/workflows/directory-import.yml', 'utf8')) as {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  jobs: { import: { if: string; steps: Step[] } };
};
const steps = workflow.jobs.import.steps;

describe('.github/workflows/directory-import.yml', () => {
  it('runs nightly, and only when the repository variable DIRECTORY_FEED_URL is set', () => {
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect('workflow_dispatch' in workflow.on).toBe(true);
    expect(workflow.jobs.import.if).toBe("vars.DIRECTORY_FEED_URL != ''");
  });

  it('imports, checks the data, and opens a pull request with only the directory files, never merging', () => {
    expect(steps.map((s) => s.run ?? '').join('\n')).toMatch(/npm run import:directory -- "\$FEED_URL"[\s\S]*npm run check-data/);
    const pr = steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request'))!;
    expect(pr.with!['add-paths']!.trim().split('\n')).toEqual(['data/services.csv', 'data/directory-ids.csv']);
    expect(pr.with!['body-path']).toContain('body.md');
    expect(JSON.stringify(workflow)).not.toMatch(/merge|git push/i);
  });
});
