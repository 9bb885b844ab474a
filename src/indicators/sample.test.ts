/** The sample suite that ships with the project is what the issue asks for, and stays so. */
import { readDatasetOnDisk } from '../build/read-on-disk.node.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../core/files.node.ts';
import { formatProblem } from '../core/problems';
import { suiteViews } from './suite';
import { readIndicatorSuite } from './read';

const TODAY = new Date('2026-11-22T12:00:00Z');
const plan = readDatasetOnDisk('plan', dataDir(), TODAY);
const { value: suite, problems } = readDatasetOnDisk('indicators', dataDir(), TODAY);
const views = suiteViews(suite, { threshold: 5, areaName: 'Northbrook', brandColour: '#1d4f91', today: TODAY, publishDay: 20, areas: plan.value.areas });

describe('the sample indicator suite', () => {
  it('has no problems at all', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has at least 8 indicators, of every measure and frequency, most with targets', () => {
    expect(suite.indicators.length).toBeGreaterThanOrEqual(8);
    expect(new Set(suite.indicators.map((i) => i.measure))).toEqual(new Set(['percentage', 'count', 'average']));
    expect(new Set(suite.indicators.map((i) => i.frequency))).toEqual(new Set(['monthly', 'quarterly', 'annual']));
    expect(suite.indicators.filter((i) => i.target !== undefined).length).toBeGreaterThan(suite.indicators.length / 2);
    expect(views.map((v) => v.target.status)).toEqual(expect.arrayContaining(['met', 'not-met', 'no-target']));
  });

  it('has two years of figures up to October 2026 for monthly and quarterly measures', () => {
    for (const v of views.filter((x) => x.indicator.frequency !== 'annual')) {
      expect(v.points.length, v.indicator.id).toBeGreaterThanOrEqual(v.indicator.frequency === 'monthly' ? 24 : 8);
      expect(v.latest!.period.end, v.indicator.id).toMatch(/^2026-(09|10)$/);
    }
  });

  it('has small numbers withheld on one, a note on one, and links to the plan’s areas', () => {
    expect(views.some((v) => v.points.some((p) => p.figure.state === 'withheld'))).toBe(true);
    expect(views.some((v) => v.points.some((p) => p.note))).toBe(true);
    const linked = new Set(views.flatMap((v) => v.planAreas.map((a) => a.id)));
    expect(linked.size).toBeGreaterThanOrEqual(4);
  });

  it('does not repeat the EHCP 20-week figure, which comes from its own file', () => {
    expect(suite.indicators.some((i) => /20 weeks/i.test(i.title))).toBe(false);
  });
});

describe('the blank templates', () => {
  it('read cleanly together, so a council can start from them', () => {
    const file = (path: string) => ({ path, bytes: readFileSync(path) });
    const { value, problems } = readIndicatorSuite(file('tests/sample/data/templates/indicators.csv'), file('tests/sample/data/templates/indicator-values.csv'), TODAY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(value.values).toHaveLength(1);
  });
});
