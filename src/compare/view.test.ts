import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEhcpTimeliness } from '../ehcp/read';
import { readCompareValues, readNeighbourRows, readReleaseRows } from './read';
import { compareOpenData, COMPARE_OPEN_DATA_COLUMNS } from './open-data';
import { localFigures } from './own';
import { compareView } from './view';
import { regionPhrase } from './sentences';

const data = {
  values: readCompareValues(readFileSync('tests/sample/data/compare/values.csv'), 'v').value,
  neighbours: readNeighbourRows(readFileSync('tests/sample/data/compare/neighbours.csv'), 'n').value,
  release: readReleaseRows(readFileSync('tests/sample/data/compare/release.csv'), 'r').value,
};
const months = readEhcpTimeliness(readFileSync('tests/sample/data/ehcp-timeliness.csv'), 'data/ehcp-timeliness.csv', new Date('2026-11-22')).value;
const own = localFigures(months, ['2019', '2020', '2021', '2022', '2023', '2024'], 5);
const sample = { name: 'Northbrook', laCode: null, region: 'West Midlands' };

describe('the comparison page for the sample area', () => {
  const view = compareView(data, sample, own, 'data/ehcp-timeliness.csv');
  const plans = view.measures.find((m) => m.measure.key === 'plans_20_weeks')!;

  it('gives every table on the page its own caption, which names its measure', () => {
    const captions = view.measures.flatMap((m) => [m.captions.compare, m.captions.neighbours, m.captions.history]);
    expect(new Set(captions).size).toBe(captions.length);
    for (const m of view.measures) for (const caption of Object.values(m.captions)) expect(caption.startsWith(`${m.measure.title}: `)).toBe(true);
  });

  it('has every measure in the release, in order', () => {
    expect(view.measures.map((m) => m.measure.key)).toEqual(['plans_20_weeks', 'plans_20_weeks_ex', 'requests_6_weeks', 'no_plan_16_weeks', 'reviews_4_weeks', 'ehc_plans']);
    expect(view.release).toBe('Education, health and care plans, reporting year 2025');
    expect(view.neighboursOf).toBe('Warwickshire');
  });

  it('states the main message in its title and summary', () => {
    expect(plans.title).toBe('In 2024, 42.0% of new EHC plans were issued within 20 weeks in Northbrook: lower than England (45.9%), higher than the West Midlands (41.0%)');
    expect(plans.summary).toBe("If Northbrook were in DfE's figures, it would be joint 90th of 154 local authorities (1st has the highest percentage). The average of the 10 areas most like Warwickshire is 33.9%.");
    expect(plans.rows.map((r) => [r.label, r.value, r.base])).toEqual([
      ['Northbrook', '42.0%', '363 of 865 plans issued'],
      ['England', '45.9%', '41,448 of 90,392 plans issued'],
      ['West Midlands', '41.0%', '3,920 of 9,558 plans issued'],
      ["Similar areas' average", '33.9%', '10 areas with a figure'],
    ]);
  });

  it('says honestly when there is no figure of our own', () => {
    const ex = view.measures.find((m) => m.measure.key === 'plans_20_weeks_ex')!;
    expect(ex.ours).toBe('no figure');
    expect(ex.rank).toBeUndefined();
    expect(ex.summary).toMatch(/^We have figures not counting exceptions for 9 of the 12 months of 2024/);
    const requests = view.measures.find((m) => m.measure.key === 'requests_6_weeks')!;
    expect(requests.title).toBe('In 2024, 84.8% of decisions on requests for an EHC needs assessment were made within 6 weeks in England, and 83.9% in the West Midlands');
  });

  it('lists every local authority and us in order, with ties shared, for the chart\'s table', () => {
    expect(plans.ranked).toHaveLength(154);
    const us = plans.ranked.find((r) => r.kind === 'us')!;
    expect(us).toMatchObject({ position: 'joint 90th', name: "Northbrook (not in DfE's figures)", value: '42.0%' });
    expect(plans.ranked.filter((r) => r.kind === 'neighbour')).toHaveLength(10);
    expect(plans.plot.dots).toHaveLength(154);
    expect(plans.history.map((h) => h.period)).toEqual(['2024', '2023', '2022', '2021', '2020', '2019']);
    // One table of every area behind all the plots: us first, then A to Z, a figure and place per measure.
    expect(view.allAreas.rows).toHaveLength(154);
    expect(view.allAreas.rows[0]).toMatchObject({ kind: 'us', cells: [{ value: '42.0%', place: 'joint 90th' }, { value: 'not available', place: '' }, expect.anything(), expect.anything(), expect.anything(), expect.anything()] });
    expect(view.allAreas.rows[1]!.name).toBe('Barking and Dagenham');
    const york = view.allAreas.rows.find((r) => r.name === 'York')!;
    expect(york.cells[0]).toEqual({ value: '64.8%', place: '55th' });
    expect(plans.history[1]).toMatchObject({ ours: 'no figure', england: '49.1%' });
  });

  it('names small numbers among the neighbours in a footnote', () => {
    const noPlan = view.measures.find((m) => m.measure.key === 'no_plan_16_weeks')!;
    expect(noPlan.footnotes.map((f) => f.text).join(' ')).toMatch(/Small numbers: .* had fewer than 20 decisions/);
    expect(noPlan.footnotes.map((f) => f.id)).toEqual(['own-figures', 'neighbours', 'places', 'dfe-1', 'small-numbers']);
  });

  it('counts EHC plans rather than scoring them', () => {
    const count = view.measures.find((m) => m.measure.key === 'ehc_plans')!;
    expect(count.comparators.periodLabel).toBe('January 2025');
    expect(count.rows[1]).toMatchObject({ label: 'England', value: '638,745', base: '' });
    // England's total is not drawn among single councils, so the axis fits the councils.
    expect(count.plot.lines.map((l) => l.kind)).toEqual(['neighbours']);
    expect(count.plot.ticks.at(-1)!.label).toBe('25,000');
  });
});

describe('a real council', () => {
  it('uses its own DfE row and its rank among the 153', () => {
    const view = compareView(data, { name: 'Warwickshire', laCode: '937', region: 'West Midlands' }, {}, 'data/ehcp-timeliness.csv');
    const plans = view.measures[0]!;
    expect(plans.ours).toBe('21.2%');
    expect(plans.summary).toMatch(/^Warwickshire is \d+(st|nd|rd|th) of 153 local authorities/);
    expect(plans.ranked).toHaveLength(153);
    expect(plans.ranked.filter((r) => r.kind === 'us').map((r) => r.name)).toEqual(['Warwickshire']);
  });
});

describe('the open data', () => {
  it('has our area, England, the region, 10 neighbours and their average for every measure and year, naming the release', () => {
    const rows = compareOpenData(data, sample, own, { release: 'Northbrook Council monthly figures', file: 'data/ehcp-timeliness.csv' });
    expect(Object.keys(rows[0]!).sort()).toEqual([...COMPARE_OPEN_DATA_COLUMNS].sort());
    const ours2024 = rows.find((r) => r.measure === 'plans_20_weeks' && r.time_period === '2024' && r.role === 'our area');
    expect(ours2024).toMatchObject({ value: 42, numerator: 363, denominator: 865, rank: '=90', rank_of: 154, source_file: 'data/ehcp-timeliness.csv' });
    const region = rows.find((r) => r.measure === 'reviews_4_weeks' && r.role === 'region');
    expect(region).toMatchObject({ area_name: 'West Midlands', release: 'Education, health and care plans, reporting year 2025', source_file: 'annual_reviews.csv' });
    expect(rows.filter((r) => r.measure === 'plans_20_weeks' && r.time_period === '2024')).toHaveLength(14);
  });
});

describe('regionPhrase', () => {
  it.each([['West Midlands', 'the West Midlands'], ['London', 'London'], ['Yorkshire and The Humber', 'Yorkshire and The Humber'], ['East of England', 'the East of England']])('%s', (name, phrase) => {
    expect(regionPhrase(name)).toBe(phrase);
  });
});
