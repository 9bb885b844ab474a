import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex, decodeIndex } from './search-index';
import { browseTerms, byName, forNeed, inCategory, jsonForScript, pageHref, paginate, reportProblemHref, serviceJsonLd, termListPaths } from './view';
import { buildPayload, nearestToPoint, payloadDistricts } from './payload';
import { prepareDirectory, runDirectoryQuery } from './filter';
import { EMPTY_QUERY } from './url';
import { readPostcodeDistricts } from './geo-districts';
import { readServices } from './services';
import { readTaxonomy } from './taxonomy';

const TODAY = new Date('2026-11-22T10:00:00Z');
const taxonomy = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), 'data/taxonomy.csv').value;
const districts = readPostcodeDistricts(readFileSync('tests/sample/data/postcode-districts.csv'), 'data/postcode-districts.csv').value;
const services = readServices(readFileSync('tests/sample/data/services.csv'), 'data/services.csv', taxonomy, TODAY).value;
const service = (id: string) => services.find((s) => s.id === id)!;
const names = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `${String.fromCharCode(65 + Math.floor(i / 10))} service ${i}` }));

describe('no-JavaScript lists', () => {
  it('sorts names ignoring case and accents, numbers in number order', () => {
    expect(byName([{ name: 'beta' }, { name: 'Élan' }, { name: 'Alpha 10' }, { name: 'Alpha 9' }]).map((s) => s.name)).toEqual(['Alpha 9', 'Alpha 10', 'beta', 'Élan']);
  });

  it('splits a list into pages, each labelled with its letters', () => {
    const pages = paginate(names(120), 50);
    expect(pages.map((p) => [p.number, p.items.length, p.range])).toEqual([[1, 50, 'A to E'], [2, 50, 'F to J'], [3, 20, 'K to L']]);
    expect(paginate(names(3), 50)[0]!.range).toBe('A');
    expect(paginate([], 50)).toEqual([{ number: 1, items: [], range: '' }]);
  });

  it('puts every service on exactly one A to Z page', () => {
    const pages = paginate(byName(services), 50);
    const listed = pages.flatMap((p) => p.items.map((s) => s.id));
    expect(listed.sort()).toEqual(services.map((s) => s.id).sort());
  });

  it('addresses page 1 at the list itself', () => {
    expect(pageHref('/services/category/health/', 1)).toBe('/services/category/health/');
    expect(pageHref('/services/category/health/', 3)).toBe('/services/category/health/3/');
  });

  it('counts services per category and per need', () => {
    const cats = browseTerms(taxonomy.categories, services, inCategory);
    expect(cats.find((c) => c.id === 'leisure')!.count).toBe(services.filter((s) => s.categories.includes('leisure')).length);
    const needs = browseTerms(taxonomy.needs, services, forNeed);
    expect(needs.find((n) => n.id === 'autism')!.count).toBeGreaterThan(0);
    expect(forNeed(services, 'autism').every((s) => s.needs.includes('autism'))).toBe(true);
  });

});

describe('service page', () => {
  it('names the service in the subject of the report-a-problem email', () => {
    const href = reportProblemHref('localoffer@northbrook.example', { id: 'quiet-swim-sessions', name: 'Quiet swimming sessions' }, 'https://x.example/services/quiet-swim-sessions/');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('localoffer@northbrook.example');
    expect(url.searchParams.get('subject')).toBe('Problem with the directory entry: Quiet swimming sessions');
    expect(url.searchParams.get('body')).toContain('https://x.example/services/quiet-swim-sessions/');
  });

  it('describes a council service as a GovernmentService and a charity as a Service', () => {
    const opts = { url: 'https://x.example/s/', council: 'Northbrook Council', areaName: 'Northbrook', needLabels: [], categoryLabels: ['Advice and information'] };
    const council = serviceJsonLd(service('send-casework-team'), opts);
    expect(council).toMatchObject({ '@type': 'GovernmentService', name: 'SEND 0–25 casework team', provider: { '@type': 'GovernmentOrganization', name: 'Northbrook Council' } });
    const swim = serviceJsonLd(service('quiet-swim-sessions'), { ...opts, needLabels: ['Autism'] });
    expect(swim['@type']).toBe('Service');
    expect(swim['audience']).toMatchObject({ suggestedMinAge: 0, suggestedMaxAge: 25 });
    expect(swim['isAccessibleForFree']).toBe(false);
  });

  it('writes JSON that cannot close its script element', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('escapes the line and paragraph separators, which old browsers treat as line ends', () => {
    const text = jsonForScript({ name: 'a\u2028b\u2029c' });
    expect(text).toBe('{"name":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(text)).toEqual({ name: 'a\u2028b\u2029c' });
  });
});

describe('index payload and near me', () => {
  const payload = JSON.parse(JSON.stringify(buildPayload(buildDirectoryIndex(services, taxonomy), districts)));
  it('carries the districts with the index', () => {
    expect(payloadDistricts(payload)).toEqual(districts.map(({ district, latitude, longitude }) => ({ district, latitude, longitude })));
  });

  it('sorts by a point from the browser the same way as by its postcode district', () => {
    const prepared = prepareDirectory(decodeIndex(payload), payload);
    const query = { ...EMPTY_QUERY, category: ['leisure'] };
    const nb3 = districts.find((d) => d.district === 'NB3')!;
    const byPostcode = runDirectoryQuery(prepared, { ...query, near: 'NB3' }, districts);
    const byPoint = nearestToPoint(runDirectoryQuery(prepared, query, districts), nb3, districts);
    expect(byPoint.hits.map((h) => h.entry.id)).toEqual(byPostcode.hits.map((h) => h.entry.id));
    expect(byPoint.hits[0]!.distanceKm).toBeLessThan(byPoint.hits.at(-1)!.distanceKm ?? Infinity);
  });
});

describe('the same order with and without JavaScript', () => {
  it('the filter lists services with no words in the order of the A to Z pages', () => {
    const index = buildDirectoryIndex(services, taxonomy);
    const prepared = prepareDirectory(decodeIndex(JSON.parse(JSON.stringify(index))), index);
    const hits = runDirectoryQuery(prepared, EMPTY_QUERY, districts).hits.map((h) => h.entry.id);
    expect(hits).toEqual(byName(services).map((s) => s.id));
  });
});

describe('list pages for each category and need', () => {
  it('gives every term a first page, numbered pages after 50, and every service in one of them', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...services[0]!, id: `s-${i}`, name: `Service ${String(i).padStart(3, '0')}` }));
    const paths = termListPaths(taxonomy.categories.slice(0, 1), many, () => many);
    const first = taxonomy.categories[0]!.id;
    expect(paths.map((p) => p.params.slug)).toEqual([first, `${first}/2`, `${first}/3`]);
    expect(paths.flatMap((p) => p.props.page.items.map((s) => s.id)).sort()).toEqual(many.map((s) => s.id).sort());
    expect(paths[0]!.props.total).toBe(120);
  });
});
