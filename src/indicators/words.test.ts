import { TURNING_POINTS as T } from '../core/__fixtures__/uk-time';
import { describe, expect, it } from 'vitest';
import { indicator, value } from './__fixtures__/indicators';
import { derivePoints, latestAndPrevious, targetStatus } from './stats';
import { changeCell, changeSentence, headline, latestSentence, readable, tableText, targetSentence, trendSentence, withUnit } from './words';

const TODAY = new Date('2026-11-22T12:00:00Z');
const pct = indicator({ target: 80, target_by: '2027-03' });
const appeals = indicator({ id: 'appeals', measure: 'count', unit: 'appeals', frequency: 'quarterly', better: 'lower' });
const weeks = indicator({ id: 'weeks', measure: 'average', unit: 'weeks', better: 'lower', target: 20 });
const survey = indicator({ id: 'survey', frequency: 'annual', better: 'neither' });

function pointsOf(ind: ReturnType<typeof indicator>, rows: Parameters<typeof value>[]) {
  return derivePoints(ind, rows.map(([p, f]) => value(p, f, ind.id)), 5);
}

describe('figures in words', () => {
  it('gives units, and the singular for one', () => {
    expect(withUnit(appeals, 14)).toBe('14 appeals');
    expect(withUnit(appeals, 1)).toBe('1 appeal');
    expect(withUnit(indicator({ measure: 'count', unit: 'children and young people' }), 1234)).toBe('1,234 children and young people');
    expect(withUnit(weeks, 20)).toBe('20 weeks');
    expect(withUnit(weeks, 21.44)).toBe('21.4 weeks');
    expect(withUnit(pct, 63.7)).toBe('64%');
  });

  it('shows one decimal place only when whole numbers would make two different figures look equal', () => {
    expect(readable(pct, 79.6, 80)).toBe('79.6%');
    expect(readable(pct, 79.6, 75)).toBe('80%');
    expect(readable(pct, 80, 80)).toBe('80%');
  });

  it('fills table cells with numbers or words, never a blank that could be misread', () => {
    expect(tableText(pct, { state: 'shown', value: 63.74 }, 5)).toBe('63.7%');
    expect(tableText(appeals, { state: 'withheld' }, 5)).toBe('fewer than 5');
    expect(tableText(pct, { state: 'withheld' }, 5)).toBe('not shown');
    expect(tableText(pct, { state: 'not-available' }, 5)).toBe('no figure');
    expect(changeCell(pct, 4.2)).toBe('up 4.2 points');
    expect(changeCell(appeals, -3)).toBe('down 3');
    expect(changeCell(weeks, -1.1)).toBe('down 1.1 weeks');
    expect(changeCell(weeks, 0)).toBe('no change');
  });
});

describe('sentences about the latest figure', () => {
  const points = pointsOf(pct, [['2026-09', { numerator: 55, denominator: 100 }], ['2026-10', { numerator: 81, denominator: 130 }]]);
  const { latest, previous } = latestAndPrevious(points);

  it('says the latest figure with its counts, and the change judged by which way is better', () => {
    expect(latestSentence(pct, latest, 5)).toBe('The latest figure, for October 2026, is 62% (81 out of 130).');
    expect(changeSentence(pct, latest, previous)).toBe('Up from 55% in September 2026, which is better.');
    const down = pointsOf(appeals, [['2026-Q2', { value: 12 }], ['2026-Q3', { value: 9 }]]);
    expect(changeSentence(appeals, down[1], down[0])).toBe('Down from 12 appeals in April to June 2026, which is better.');
  });

  it('states the target honestly: met, not met, missed, no target, cannot tell', () => {
    expect(targetSentence(pct, 'not-met', TODAY)).toBe('The target is 80% by March 2027, and the latest figure is below it.');
    expect(targetSentence(pct, 'met', TODAY)).toBe('The target is 80% by March 2027, and the latest figure meets it.');
    expect(targetSentence(indicator({ target: 80, target_by: '2026-03' }), 'not-met', TODAY)).toBe('The target was 80% by March 2026, and the latest figure is below it, so the target was missed.');
    expect(targetSentence(weeks, 'not-met', TODAY)).toBe('The target is 20 weeks, and the latest figure is above it.');
    expect(targetSentence(appeals, 'no-target', TODAY)).toBe('There is no target for this measure.');
    expect(targetSentence(survey, 'no-target', TODAY)).toMatch(/^There is no target: a higher or lower figure is not better or worse in itself\./);
    expect(targetSentence(pct, 'unknown', TODAY)).toContain('We cannot say whether the latest figure meets it, because it is not shown.');
  });

  it('leads the active title with the figure, then the target', () => {
    expect(headline(pct, latest, previous, targetStatus(pct, latest), 5)).toBe('62% in October 2026, below the target of 80%');
    const close = pointsOf(pct, [['2026-10', { numerator: 796, denominator: 1000 }]]);
    expect(headline(pct, close[0], undefined, 'not-met', 5)).toBe('79.6% in October 2026, below the target of 80%');
    const w = pointsOf(weeks, [['2026-10', { value: 19.2 }]]);
    expect(headline(weeks, w[0], undefined, 'met', 5)).toBe('19.2 weeks on average in October 2026, meeting the target of 20 weeks');
  });

  it('without a target, the title gives the change', () => {
    const a = pointsOf(appeals, [['2026-Q2', { value: 12 }], ['2026-Q3', { value: 9 }]]);
    expect(headline(appeals, a[1], a[0], 'no-target', 5)).toBe('9 appeals in July to September 2026, down from 12 appeals in April to June 2026');
  });

  it('never gives a withheld number, in the title or the sentence', () => {
    const a = pointsOf(appeals, [['2026-Q2', { value: 12 }], ['2026-Q3', { value: 3 }]]);
    expect(headline(appeals, a[1], a[0], 'no-target', 5)).toBe('Fewer than 5 appeals in July to September 2026');
    expect(latestSentence(appeals, a[1], 5)).toBe('The latest figure, for July to September 2026, is fewer than 5 appeals. We do not give the exact number, so that no child can be identified.');
    expect(changeSentence(appeals, a[1], a[0])).toBe('It cannot be compared with April to June 2026, because one of the two figures is not shown.');
    const p = pointsOf(pct, [['2026-10', { numerator: 2, denominator: 9 }]]);
    expect(headline(pct, p[0], undefined, 'unknown', 5)).toBe('Too few in October 2026 to show a percentage safely');
  });

  it('says so when a period has no figure', () => {
    const s = pointsOf(survey, [['2024', { note: 'Not run.' }]]);
    expect(latestSentence(survey, s[0], 5)).toBe('There is no figure for 2024.');
    expect(latestSentence(survey, undefined, 5)).toBe('No figures have been published yet.');
  });
});

describe('trendSentence', () => {
  it('gives the two ends, and the lowest or highest only when they are elsewhere', () => {
    const points = pointsOf(appeals, [['2025-Q4', { value: 10 }], ['2026-Q1', { value: 6 }], ['2026-Q2', { value: 3 }], ['2026-Q3', { value: 8 }]]);
    // The withheld quarter (3) is left out: a trend must not give away a small number.
    expect(trendSentence(appeals, points)).toBe('From 10 appeals in October to December 2025 to 8 appeals in July to September 2026 (lowest 6 appeals in January to March 2026).');
    expect(trendSentence(appeals, points.slice(0, 1))).toBe('There are not enough figures yet to show a trend.');
  });
});

describe('targets at their turning points', () => {
  it('"is" to the last minute of the target month in England, "was" (and missed) after it', () => {
    const byJune = indicator({ target: 80, target_by: '2027-06' });
    expect(targetSentence(byJune, 'not-met', T.lastMinuteOfJune)).toBe('The target is 80% by June 2027, and the latest figure is below it.');
    expect(targetSentence(byJune, 'not-met', T.firstMinuteOfJuly)).toBe('The target was 80% by June 2027, and the latest figure is below it, so the target was missed.');
    const byDecember = indicator({ target: 80, target_by: '2027-12' });
    expect(targetSentence(byDecember, 'met', T.lastMinuteOfYear)).toBe('The target is 80% by December 2027, and the latest figure meets it.');
    expect(targetSentence(byDecember, 'met', T.firstMinuteOfYear)).toBe('The target was 80% by December 2027, and the latest figure meets it.');
  });
});
