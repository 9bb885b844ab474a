/**
 * A comms officer adds a measure by adding rows, not code: these tests copy the
 * real data folder, add rows from __fixtures__/new-indicator/, and build what
 * the dashboard and the pages build, without running Astro.
 */
import { readIndicatorData } from './dataset';
import { diskFolder } from '../core/files.node.ts';
import { readDatasetOnDisk } from '../build/read-on-disk.node.ts';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allProblems, checkAllData, loadDatasets } from '../build/load-all.node.ts';
import { contentDir } from '../core/files.node.ts';
import { formatProblem, hasErrors } from '../core/problems';
import { dashboardCards } from './dashboard';
import { indicatorOpenData } from './open-data';
import { indicatorPaths, suiteViews } from './suite';
import type { ViewContext } from './view';

const TODAY = new Date('2026-11-22T12:00:00Z');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'olo-indicators-'));
  dirs.push(dir);
  cpSync('tests/sample/data', dir, { recursive: true });
  return dir;
}

function append(dir: string, file: string, text: string): void {
  appendFileSync(join(dir, 'indicators', file), text.endsWith('\n') ? text : `${text}\n`);
}

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', 'new-indicator', name), 'utf8');

function context(dir: string): ViewContext {
  const plan = readDatasetOnDisk('plan', dir, TODAY).value;
  return { threshold: 5, areaName: 'Northbrook', brandColour: '#1d4f91', today: TODAY, publishDay: 20, areas: plan.areas };
}

describe('a new indicator added by rows only', () => {
  const dir = copyOfData();
  append(dir, 'indicators.csv', fixture('indicators.csv'));
  append(dir, 'values.csv', fixture('values.csv'));
  const { value: suite, problems } = readDatasetOnDisk('indicators', dir, TODAY);
  const views = suiteViews(suite, context(dir));

  it('passes the checks', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checkAllData(dir, TODAY).filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('appears on the dashboard as a card, with its figure, change, trend and target in words', () => {
    const card = dashboardCards(undefined, views).find((c) => c.id === 'short-breaks-wait');
    expect(card).toMatchObject({
      href: '/data/short-breaks-wait/',
      title: 'Families waiting over 12 weeks for a short break',
      big: { number: '24', unit: 'families' },
      change: 'Down from 31 families in April to June 2026, which is better.',
      target: { status: 'not-met', label: 'Target not met' },
    });
    expect(card!.trend.sentence).toBe('From 31 families in April to June 2026 to 24 families in July to September 2026.');
  });

  it('has its own page, linked to its plan area, with its note as a footnote and its own downloads', () => {
    expect(indicatorPaths(views).map((p) => p.params.id)).toContain('short-breaks-wait');
    const view = views.find((v) => v.indicator.id === 'short-breaks-wait')!;
    expect(view.title).toBe('24 families in July to September 2026, above the target of 10 families');
    expect(view.planAreas.map((a) => a.href)).toEqual(['/progress/a2/']);
    expect(view.footnotes.at(-1)!.text).toBe('July to September 2026: The team grew from 4 to 6 people in August.');
    expect(indicatorOpenData(view.indicator, view.points, 'Northbrook').map((r) => r.value)).toEqual([31, 24]);
  });
});

describe('plan_areas are checked against the improvement plan', () => {
  const dir = copyOfData();
  append(dir, 'indicators.csv', fixture('indicators.csv').replace(',A2', ',A2;a9'));
  append(dir, 'values.csv', fixture('values.csv'));

  it('check-data reports an area the plan does not have, with the row and column', () => {
    const problem = checkAllData(dir, TODAY).find((p) => p.column === 'plan_areas');
    expect(problem).toMatchObject({ row: 13, value: 'a9' });
    expect(problem!.file).toMatch(/indicators\/indicators\.csv$/);
    expect(problem!.expected).toBe("area ids from the improvement plan's improvement-plan/areas.csv (A1, A2, A3, A4, A5), separated by ;");
  });

  it('suggests the id that was probably meant', () => {
    const bad = copyOfData();
    append(bad, 'indicators.csv', fixture('indicators.csv').replace(',A2', ',a2'));
    const { problems } = readDatasetOnDisk('indicators', bad, TODAY);
    expect(problems.find((p) => p.column === 'plan_areas')?.fix).toBe('Did you mean A2?');
  });

  it('stops the build too: the build reads the datasets with the same code, and stops on any error', () => {
    const problems = allProblems(loadDatasets(dir, TODAY, contentDir()));
    expect(hasErrors(problems)).toBe(true);
    expect(problems.map(formatProblem)).toContainEqual(expect.stringMatching(/row 13, column "plan_areas": Found "a9"/));
  });

  it('is not reported a second time when areas.csv itself is broken', () => {
    const plan = readDatasetOnDisk('plan', dir, TODAY);
    const broken = { ...plan, problems: [{ file: 'areas.csv', expected: 'x', severity: 'error' as const }] };
    expect(hasErrors(readIndicatorData(diskFolder(dir), TODAY, broken).problems)).toBe(false);
  });
});
