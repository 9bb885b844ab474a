import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, formatProblem } from '../core/problems';
import { reportContentChecks, startContentChecks, startedContentChecks } from './content-checks.node.ts';
import { checkWrittenContent } from './datasets.node.ts';

const root = mkdtempSync(join(tmpdir(), 'olo-content-checks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const TODAY = new Date('2026-11-22T12:00:00Z');

describe('the written-content checks in a second process', () => {
  it('report nothing and start nothing until started', async () => {
    expect(startedContentChecks()).toBeUndefined();
    await expect(reportContentChecks()).resolves.toBeUndefined();
  });

  it('give the same problems as the checks run here, and stop the build on an error', async () => {
    const content = join(root, 'content');
    cpSync('content', content, { recursive: true });
    const guide = join(content, 'guides', 'annual-reviews.mdx');
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n![A picture](/images/no-such-picture.svg)\n`);

    expect(startContentChecks('data', TODAY, content)).toBe(true);
    const first = startedContentChecks();
    // Started once: asking again does not start a second process.
    expect(startContentChecks('data', TODAY, content)).toBe(true);
    expect(startedContentChecks()).toBe(first);

    const here = checkWrittenContent('data', TODAY, content);
    const there = await first!;
    expect(there.content.map(formatProblem)).toEqual(here.content.map(formatProblem));
    expect(there.translations.map(formatProblem)).toEqual(here.translations.map(formatProblem));
    expect(there.content.map(formatProblem)).toEqual(expect.arrayContaining([expect.stringMatching(/annual-reviews\.mdx, row \d+, column "text": Found "\/images\/no-such-picture\.svg"/)]));

    const stopped = await reportContentChecks().then(() => undefined, (e: unknown) => e);
    expect(stopped).toBeInstanceOf(DataError);
    expect((stopped as DataError).problems.map(formatProblem).join('\n')).toContain('no-such-picture.svg');
  }, 60_000);
});
