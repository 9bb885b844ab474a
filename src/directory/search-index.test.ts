import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateServicesCsv } from './__fixtures__/generate';
import { addSummaries, buildDirectoryIndex, buildSummaries, decodeIndex, filterEntries, resultsSentence, summarise, type DirectoryEntry } from './search-index';
import { prepareDirectory, queryWords, runDirectoryQuery, searchDirectory } from './filter';
import { decodeQuery, encodeQuery, EMPTY_QUERY, type DirectoryQuery } from './url';
import { readPostcodeDistricts } from './geo-districts';
import { readServices } from './services';
import { readTaxonomy } from './taxonomy';

const TODAY = new Date('2026-11-22T10:00:00Z');
const taxonomy = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), 'data/taxonomy.csv').value;
const districts = readPostcodeDistricts(readFileSync('tests/sample/data/postcode-districts.csv'), 'data/postcode-districts.csv').value;
const services = readServices(readFileSync('tests/sample/data/services.csv'), 'data/services.csv', taxonomy, TODAY).value;
const index = buildDirectoryIndex(services, taxonomy);
const entries = decodeIndex(JSON.parse(JSON.stringify(index)), JSON.parse(JSON.stringify(buildSummaries(services))));
const prepared = prepareDirectory(entries, index);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const byId = (id: string) => entries.find((e) => e.id === id)!;

describe('compact index', () => {
  it('round-trips through JSON to readable entries', () => {
    expect(entries).toHaveLength(services.length);
    expect(byId('quiet-swim-sessions')).toEqual({
      id: 'quiet-swim-sessions',
      name: 'Quiet swimming sessions',
      organisation: 'Northbrook Leisure Trust',
      summary: 'A family swim with lights dimmed, music off and no inflatables, for anyone who finds the pool noisy or overwhelming.',
      categories: ['leisure'],
      needs: ['autism', 'sensory-processing'],
      ageMin: 0,
      ageMax: 25,
      areas: ['northbrook-town'],
      wholeArea: false,
      cost: 'paid',
      referral: 'self',
      for: 'children-young-people',
      noAddress: false,
      district: 'NB5',
    } satisfies DirectoryEntry);
    expect(byId('northbrook-sendiass')).toMatchObject({ wholeArea: true, areas: [], latitude: 52.6021, longitude: -1.4997 });
  });

  it('cuts summaries at a sentence or a word', () => {
    expect(summarise('One. Two.')).toBe('One.');
    expect(summarise('word '.repeat(40), 30)).toBe('word word word word word…');
  });

  it('stays small at 5,000 services, with the summaries in a file of their own', () => {
    const big = readServices(new TextEncoder().encode(generateServicesCsv(5000, 1, taxonomy, districts)), 'x.csv', taxonomy, TODAY).value;
    const json = JSON.stringify(buildDirectoryIndex(big, taxonomy));
    expect(json).not.toContain(summarise(big[0]!.description));
    expect(gzipSync(json).length).toBeLessThan(90 * 1024);
    expect(gzipSync(JSON.stringify(buildSummaries(big))).length).toBeLessThan(40 * 1024);
  });

  it('gives cards no summary until the summaries arrive, and only takes summaries built with the index', () => {
    const bare = decodeIndex(index);
    expect(bare.every((e) => e.summary === '')).toBe(true);
    const summaries = buildSummaries(services);
    expect(summaries.key).toBe(index.key);
    const other = buildSummaries(services.slice(1));
    expect(addSummaries(index, bare, other)).toBe(false);
    expect(bare.every((e) => e.summary === '')).toBe(true);
    expect(addSummaries(index, bare, summaries)).toBe(true);
    expect(bare).toEqual(entries);
  });
});

describe('facet filters', () => {
  it('"my child is 7" keeps services whose range includes 7', () => {
    const result = filterEntries(entries, { age: 7 });
    expect(result.every((e) => e.ageMin <= 7 && 7 <= e.ageMax)).toBe(true);
    expect(ids(result)).not.toContain('supported-internships');
    expect(ids(result)).toContain('riverside-adventure-playground');
  });

  it('a need matches services listing it and services for any need', () => {
    const result = filterEntries(entries, { need: ['hearing-impairment'] });
    expect(ids(result)).toContain('marston-high-hearing-base');
    expect(ids(result)).toContain('northbrook-sendiass');
    expect(ids(result)).not.toContain('quiet-swim-sessions');
  });

  it('combines facets: age, need, category, area, cost and referral', () => {
    const result = filterEntries(entries, { age: 10, need: ['autism'], category: ['leisure'], area: ['marston'], cost: ['paid'], referral: ['self'] });
    expect(ids(result).sort()).toEqual(['inclusive-football-marston', 'wheels-for-all-cycling']);
  });

  it('whole-area services match every area; "self" also matches "either"', () => {
    expect(ids(filterEntries(entries, { area: ['ashby-moor'] }))).toContain('northbrook-sendiass');
    const self = filterEntries(entries, { referral: ['self'] });
    expect(self.every((e) => e.referral !== 'professional')).toBe(true);
    expect(self.some((e) => e.referral === 'either')).toBe(true);
  });

  it('within a facet any choice matches', () => {
    const both = filterEntries(entries, { category: ['transport', 'housing-independence'] });
    expect(both.every((e) => e.categories.includes('transport') || e.categories.includes('housing-independence'))).toBe(true);
    expect(both.length).toBeGreaterThan(filterEntries(entries, { category: ['transport'] }).length);
  });
});

describe('free-text search', () => {
  const top = (q: string, n = 3) => ids(searchDirectory(prepared, q).slice(0, n).map((h) => h.entry));

  it('"speach therapy" finds speech and language therapy first', () => {
    expect(top('speach therapy', 1)).toEqual(['childrens-speech-language-therapy']);
  });

  it('tolerates typos in names and in topic words', () => {
    expect(top('wheelchiar', 1)).toEqual(['wheelchair-service']);
    expect(top('therapy').length).toBeGreaterThan(0);
    expect(ids(searchDirectory(prepared, 'therapy').map((h) => h.entry))).toContain('childrens-physiotherapy');
    expect(top('respit').length).toBeGreaterThan(0);
    expect(searchDirectory(prepared, 'respit').every((h) => h.entry.categories.includes('short-breaks'))).toBe(true);
  });

  it('matches abbreviations exactly, not fuzzily', () => {
    expect(ids(searchDirectory(prepared, 'OT').map((h) => h.entry)).sort()).toEqual(['childrens-occupational-therapy', 'occupational-therapy-home-adaptations']);
    expect(top('SENDIASS', 2).sort()).toEqual(['northbrook-sendiass', 'sendiass-young-people']);
  });

  it('every word must match, so more words narrow the results', () => {
    expect(top('autism swimming')).toEqual(['quiet-swim-sessions', 'inclusive-swimming-lessons']);
    expect(searchDirectory(prepared, 'xyzzy')).toEqual([]);
  });

  it('applies facets before the words', () => {
    const hits = searchDirectory(prepared, 'speech', { age: 15 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.entry.ageMin <= 15 && h.entry.ageMax >= 15)).toBe(true);
  });

  it('with no words returns the filtered list in name order', () => {
    const hits = searchDirectory(prepared, '  ', { category: ['transport'] });
    const names = hits.map((h) => h.entry.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  it('drops stop words and numbers from the query', () => {
    expect(queryWords('Help for my 7 year old with Autism!')).toEqual(['year', 'old', 'autism']);
  });

  // Speed is measured by `npm run bench:directory` (in Chromium, 4× CPU slowdown), not by a timed test.
  it('finds misspelt and partial words over 5,000 services with varied names', () => {
    const generated = readServices(new TextEncoder().encode(generateServicesCsv(5000, 3, taxonomy, districts)), 'x.csv', taxonomy, TODAY).value;
    // Generated names repeat; real ones don't. Two made-up words each give a realistic ~15,000-word vocabulary.
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const word = () => Array.from({ length: 5 + Math.floor(rnd() * 6) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]).join('');
    const big = generated.map((s) => ({ ...s, name: `${word()} ${s.name} ${word()}`, organisation: `${word()} ${s.organisation}` }));
    const bigIndex = buildDirectoryIndex(big, taxonomy);
    const p = prepareDirectory(decodeIndex(bigIndex), bigIndex);
    for (const q of ['speach therapy', 'swiming', 'autism', 'football club']) {
      expect(searchDirectory(p, q).length, q).toBeGreaterThan(0);
    }
  });
});

describe('URL state', () => {
  const full: DirectoryQuery = {
    q: 'speech & language',
    age: 7,
    need: ['autism', 'adhd'],
    category: ['leisure'],
    area: ['marston'],
    cost: ['free', 'varies'],
    referral: ['self'],
    for: ['siblings', 'families'],
    near: 'NB3 4XY',
  };

  it('round-trips every field', () => {
    const encoded = encodeQuery(full);
    expect(encoded).toBe('?q=speech+%26+language&age=7&need=autism&need=adhd&category=leisure&area=marston&cost=free&cost=varies&referral=self&for=siblings&for=families&near=NB3+4XY');
    expect(decodeQuery(encoded)).toEqual(full);
  });

  it('is empty when nothing is chosen', () => {
    expect(encodeQuery(EMPTY_QUERY)).toBe('');
    expect(decodeQuery('')).toEqual(EMPTY_QUERY);
  });

  it('ignores nonsense from a hand-edited address', () => {
    const known = { categories: ['leisure'], needs: ['autism'], areas: ['marston'] };
    expect(decodeQuery('?age=40&need=autism,unicorns&cost=cheap&referral=SELF&category=zoo&for=aliens', known)).toEqual({
      ...EMPTY_QUERY,
      need: ['autism'],
      referral: ['self'],
    });
  });
});

describe('results', () => {
  it('has a sentence for screen readers', () => {
    expect(resultsSentence(0)).toBe('No services match');
    expect(resultsSentence(1)).toBe('1 service matches');
    expect(resultsSentence(12)).toBe('12 services match');
    expect(resultsSentence(1234)).toBe('1,234 services match');
  });

  it('sorts by distance when near is given, with unlocated services last', () => {
    const result = runDirectoryQuery(prepared, { ...EMPTY_QUERY, category: ['leisure'], near: 'nb20 1aa' }, districts);
    expect(result.nearProblem).toBeUndefined();
    expect(result.hits[0]?.entry.id).toBe('riding-for-disabled');
    const distances = result.hits.map((h) => h.distanceKm);
    const located = distances.filter((d): d is number => d !== undefined);
    expect(located).toEqual([...located].sort((a, b) => a - b));
    expect(distances.slice(located.length).every((d) => d === undefined)).toBe(true);
    expect(result.sentence).toBe(`${result.hits.length} services match`);
  });

  it('explains a postcode it cannot use', () => {
    const result = runDirectoryQuery(prepared, { ...EMPTY_QUERY, near: 'SW1A 1AA' }, districts);
    expect(result.nearProblem).toBe('We do not have SW1A on our map. Try a postcode in the local area, such as NB1.');
    expect(result.hits).toHaveLength(entries.length);
  });
});
