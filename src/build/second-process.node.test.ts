import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, formatProblem } from '../core/problems';
import { onLines, reportContentChecks, startContentChecks, startedContentChecks } from './second-process.node.ts';
import { loadData, loadedProblems } from './load.node.ts';
import { loadDatasets } from './load-all.node.ts';

const root = mkdtempSync(join(tmpdir(), 'olo-content-checks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const TODAY = new Date('2026-11-22T12:00:00Z');

describe('the data and the written-content checks in a second process', () => {
  it('report nothing and start nothing until started', async () => {
    expect(startedContentChecks()).toBeUndefined();
    await expect(reportContentChecks()).resolves.toBeUndefined();
  });

  it('give the same data and problems as when read here, and stop the build on a written-content error', async () => {
    const content = join(root, 'content');
    cpSync('tests/sample/content', content, { recursive: true });
    const guide = join(content, 'guides', 'annual-reviews.mdx');
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n![A picture](/images/no-such-picture.svg)\n`);

    expect(startContentChecks('tests/sample/data', TODAY, content)).toBe(true);
    const first = startedContentChecks();
    // Started once: asking again does not start a second process.
    expect(startContentChecks('tests/sample/data', TODAY, content)).toBe(true);
    expect(startedContentChecks()).toBe(first);

    // The data comes first, as read here: every dataset whole (devalue keeps dates, maps and sets).
    const handed = await first!.data;
    const data = loadData('tests/sample/data', TODAY, content);
    expect(handed.data).toEqual(data);
    expect(handed.data.datasets.directory!.value.services.length).toBeGreaterThan(10);
    expect(handed.problems.map(formatProblem)).toEqual(loadedProblems(data).map(formatProblem));

    const here = loadDatasets('tests/sample/data', TODAY, content);
    const there = await first!.written;
    expect(there.content.map(formatProblem)).toEqual(here.content.map(formatProblem));
    expect(there.translations.map(formatProblem)).toEqual(here.translations.map(formatProblem));
    expect(there.content.map(formatProblem)).toEqual(expect.arrayContaining([expect.stringMatching(/annual-reviews\.mdx, row \d+, column "text": Found "\/images\/no-such-picture\.svg"/)]));

    const stopped = await reportContentChecks().then(() => undefined, (e: unknown) => e);
    expect(stopped).toBeInstanceOf(DataError);
    expect((stopped as DataError).problems.map(formatProblem).join('\n')).toContain('no-such-picture.svg');
  }, 60_000);
});

describe('onLines', () => {
  it('gives each line whole, however the chunks fall, a long line and characters split between chunks included', () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    onLines(stream, (line) => lines.push(line));
    const long = 'é'.repeat(200_000);
    const text = Buffer.from(`first\n${long}\nthird\n`);
    for (let at = 0; at < text.length; at += 4097) stream.write(text.subarray(at, at + 4097));
    expect(lines).toEqual(['first', long, 'third']);
  });
});
