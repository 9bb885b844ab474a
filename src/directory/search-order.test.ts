/**
 * What the directory's filters and order promise families, on a small fixture
 * of its own: "Free" means free for everyone, who a service is for is a filter
 * that a family service always passes, and words rank before distance.
 */
import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex, decodeIndex, filterEntries } from './search-index';
import { matchBand, MATCH_BAND, nearestWithinMatch, prepareDirectory, runDirectoryQuery } from './filter';
import { readServices, SERVICES_COLUMN_ORDER } from './services';
import { readTaxonomy } from './taxonomy';
import { EMPTY_QUERY } from './url';
import type { District } from './geo';
import { formatProblem } from '../core/problems';

const TODAY = new Date('2026-11-22T12:00:00Z');
const taxonomy = readTaxonomy(
  new TextEncoder().encode('type,id,label,description,keywords\ncategory,leisure,Leisure,Things to do,activity; holiday\ncategory,support-groups,Support groups,Groups,\nneed,autism,Autism,Autism,\narea,town,Town,The town,\n'),
  'taxonomy.csv',
).value;
const districts: District[] = [
  { district: 'AB1', latitude: 52.6, longitude: -1.5 },
  { district: 'AB2', latitude: 52.7, longitude: -1.5 },
  { district: 'AB3', latitude: 52.9, longitude: -1.5 },
];

type Row = Partial<Record<(typeof SERVICES_COLUMN_ORDER)[number], string>> & { id: string; name: string };
function csv(rows: Row[]): Uint8Array {
  const base = { organisation: 'Org', description: 'What it does.', categories: 'leisure', needs: '', age_min: '5', age_max: '16', area: 'all', phone: '01632 960000', cost: 'free', referral: 'self', last_reviewed: '2026-09-01' };
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r) => SERVICES_COLUMN_ORDER.map((c) => quote({ ...base, ...r }[c] ?? '')).join(','));
  return new TextEncoder().encode(`${SERVICES_COLUMN_ORDER.join(',')}\n${lines.join('\n')}\n`);
}

const read = (rows: Row[]) => readServices(csv(rows), 'data/services.csv', taxonomy, TODAY);

const fixture = read([
  { id: 'holiday-club', name: 'Holiday club', cost: 'free-for-some', cost_details: 'Free for children on free school meals; others pay £5 a day', postcode: 'AB3 1AA', address: 'Far Hall' },
  { id: 'near-play', name: 'Play scheme', categories: 'leisure', postcode: 'AB1 1AA', address: 'Near Hall' },
  { id: 'holiday-phone', name: 'Holiday helpline', categories: 'support-groups' },
  { id: 'sibs', name: 'Sibs club', for: 'siblings', age_min: '7', postcode: 'AB2 1AA', address: 'Mid Hall' },
  { id: 'family-day', name: 'Family fun day', for: 'families', postcode: 'AB1 2AA', address: 'Near Park' },
]);
const entries = decodeIndex(JSON.parse(JSON.stringify(buildDirectoryIndex(fixture.value, taxonomy))));
const prepared = prepareDirectory(entries, buildDirectoryIndex(fixture.value, taxonomy));
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('the new columns are read and checked', () => {
  it('read the fixture without problems', () => {
    expect(fixture.problems.map(formatProblem)).toEqual([]);
    expect(fixture.value.map((s) => [s.id, s.for, s.cost])).toEqual([
      ['holiday-club', 'children-young-people', 'free-for-some'],
      ['near-play', 'children-young-people', 'free'],
      ['holiday-phone', 'children-young-people', 'free'],
      ['sibs', 'siblings', 'free'],
      ['family-day', 'families', 'free'],
    ]);
  });

  it('need the condition for free-for-some, and one of the listed words for who it is for', () => {
    const bad = read([
      { id: 'a', name: 'A', cost: 'free for some' },
      { id: 'b', name: 'B', for: 'brothers' },
      { id: 'c', name: 'C', for: 'Young Carers' },
    ]);
    expect(bad.problems.map(formatProblem)).toEqual([
      'Error: data/services.csv, row 2, column "cost_details": Found an empty cell. Expected who gets it free, when cost is free-for-some, such as "Free for children on free school meals; others pay £5 a day". Families see this in full on the service’s card and page, so they know whether it is free for them.',
      'Error: data/services.csv, row 3, column "for": Found "brothers". Expected one of: children-young-people, parents-carers, siblings, young-carers, families, or blank.',
    ]);
    expect(bad.value.map((s) => [s.id, s.for])).toEqual([['c', 'young-carers']]);
  });
});

describe('filters do what they say', () => {
  it('"Free" leaves out a service that is free only for some, which has a choice of its own and keeps its condition in full', () => {
    expect(ids(filterEntries(entries, { cost: ['free'] }))).not.toContain('holiday-club');
    expect(ids(filterEntries(entries, { cost: ['free-for-some'] }))).toEqual(['holiday-club']);
    expect(entries.find((e) => e.id === 'holiday-club')!.condition).toBe('Free for children on free school meals; others pay £5 a day');
    expect(entries.find((e) => e.id === 'near-play')!.condition).toBeUndefined();
  });

  it('"Who it is for" keeps services for that person, and family services for everyone', () => {
    expect(ids(filterEntries(entries, { for: ['children-young-people'] })).sort()).toEqual(['family-day', 'holiday-club', 'holiday-phone', 'near-play']);
    expect(ids(filterEntries(entries, { for: ['siblings'] })).sort()).toEqual(['family-day', 'sibs']);
    // Without the filter a siblings' club still shows for a 7-year-old: its card says who it is for.
    expect(ids(filterEntries(entries, { age: 7 }))).toContain('sibs');
    expect(entries.find((e) => e.id === 'sibs')!.for).toBe('siblings');
  });

  it('know which services have no address, to say so instead of a distance', () => {
    expect(entries.filter((e) => e.noAddress).map((e) => e.id)).toEqual(['holiday-phone']);
  });
});

describe('order: match first, distance second', () => {
  it('with words and a postcode, the best match comes first however far it is, then nearest first', () => {
    const result = runDirectoryQuery(prepared, { ...EMPTY_QUERY, q: 'holiday', near: 'AB1 9ZZ' }, districts);
    // Both "Holiday" names match exactly: the far one first, then the one with no address; then the
    // services whose category matches, nearest first (the two in AB1 in name order).
    expect(ids(result.hits.map((h) => h.entry))).toEqual(['holiday-club', 'holiday-phone', 'family-day', 'near-play', 'sibs']);
    expect(result.hits[1]!.distanceKm).toBeUndefined();
  });

  it('with a postcode and no words, nearest first and no address last', () => {
    const result = runDirectoryQuery(prepared, { ...EMPTY_QUERY, near: 'AB1' }, districts);
    expect(ids(result.hits.map((h) => h.entry))).toEqual(['family-day', 'near-play', 'sibs', 'holiday-club', 'holiday-phone']);
  });

  it('puts scores into bands at each side of a band’s edge', () => {
    expect([0, MATCH_BAND - 0.001, MATCH_BAND, MATCH_BAND * 2 - 0.001, MATCH_BAND * 2].map(matchBand)).toEqual([0, 0, 1, 1, 2]);
    const hits = [
      { id: 'far-exact', score: 0, distanceKm: 9 },
      { id: 'near-weak', score: 0.15, distanceKm: 1 },
      { id: 'near-exact', score: 0.02, distanceKm: 2 },
    ];
    expect(nearestWithinMatch(hits, true).map((h) => h.id)).toEqual(['near-exact', 'far-exact', 'near-weak']);
    expect(nearestWithinMatch(hits, false).map((h) => h.id)).toEqual(['near-weak', 'near-exact', 'far-exact']);
  });
});
