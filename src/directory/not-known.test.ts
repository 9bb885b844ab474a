/**
 * A service the file (or the feed) says nothing about in some column is
 * published, and every place it appears says so rather than guessing: the
 * index and filters, the lists, the service page's words, schema.org data and
 * the open data. Fixture: __fixtures__/services-not-known.csv, whose third
 * row has no category, area, cost, referral or last_reviewed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex, decodeIndex, filterEntries } from './search-index';
import { prepareDirectory, searchDirectory } from './filter';
import { toHsdsTables, toServiceCsvRow } from './open-referral';
import { browseCategories, categoriesOf, OTHER_CATEGORY } from './other-category';
import { areaText, browseTerms, inCategory, serviceJsonLd } from './view';
import { readServices } from './services';
import { readTaxonomy, type Taxonomy } from './taxonomy';
import { costLabel, costText, NOT_KNOWN, referralText } from './text';

const TODAY = new Date('2026-11-22T10:00:00Z');
const taxonomy = readTaxonomy(readFileSync('src/directory/__fixtures__/taxonomy.csv'), 'taxonomy.csv').value;
const read = readServices(readFileSync('src/directory/__fixtures__/services-not-known.csv'), 'services.csv', taxonomy, TODAY);
const services = read.value;
const unknown = services.find((s) => s.id === 'mystery-tuesday')!;
const index = buildDirectoryIndex(services, taxonomy);
const entries = decodeIndex(JSON.parse(JSON.stringify(index)) as typeof index);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();

describe('a service with blanks', () => {
  it('is read without a problem', () => {
    expect(read.problems).toEqual([]);
    expect(services.map((s) => s.id)).toEqual(['pool-club', 'whole-area-advice', 'mystery-tuesday']);
  });

  it('is not shown under any cost or referral filter, nor under an area, but is shown when none is chosen', () => {
    expect(ids(filterEntries(entries, { cost: ['free'] }))).toEqual(['pool-club']);
    expect(ids(filterEntries(entries, { cost: ['free', 'paid', 'varies'] }))).toEqual(['pool-club', 'whole-area-advice']);
    expect(ids(filterEntries(entries, { referral: ['self'] }))).toEqual(['pool-club', 'whole-area-advice']);
    expect(ids(filterEntries(entries, { referral: ['professional'] }))).toEqual(['whole-area-advice']);
    expect(ids(filterEntries(entries, { area: ['westbrook'] }))).toEqual(['whole-area-advice']);
    expect(ids(filterEntries(entries, {}))).toEqual(['mystery-tuesday', 'pool-club', 'whole-area-advice']);
  });

  it('keeps "not known" apart from "the whole area" and from a real cost in the index', () => {
    const entry = entries.find((e) => e.id === 'mystery-tuesday')!;
    expect(entry).toMatchObject({ areas: [], wholeArea: false, categories: ['other'] });
    expect([entry.cost, entry.referral]).toEqual([undefined, undefined]);
    expect(entries.find((e) => e.id === 'whole-area-advice')).toMatchObject({ wholeArea: true, cost: 'paid', referral: 'either' });
  });

  it('with no category, is listed under "Other", which can be browsed, filtered and found by search', () => {
    expect(categoriesOf(unknown)).toEqual(['other']);
    const categories = browseCategories(taxonomy.categories, services);
    expect(categories.map((c) => [c.id, c.label])).toEqual([['sport', 'Sport'], ['advice', 'Advice'], ['other', 'Other']]);
    expect(browseTerms(categories, services, inCategory).map((t) => [t.id, t.count])).toEqual([['sport', 1], ['advice', 1], ['other', 1]]);
    expect(index.categories.map((c) => c[0])).toEqual(['sport', 'advice', 'other']);
    expect(ids(filterEntries(entries, { category: ['other'] }))).toEqual(['mystery-tuesday']);
    const prepared = prepareDirectory(entries, index);
    expect(searchDirectory(prepared, 'tuesday drop-in').map((h) => h.entry.id)).toEqual(['mystery-tuesday']);
    expect(searchDirectory(prepared, 'other').map((h) => h.entry.id)).toContain('mystery-tuesday');
  });

  it('adds "Other" only when needed, and uses the taxonomy\'s own "other" category when it has one', () => {
    const categorised = services.filter((s) => s.categories.length > 0);
    expect(browseCategories(taxonomy.categories, categorised).map((c) => c.id)).toEqual(['sport', 'advice']);
    const own: Taxonomy = { ...taxonomy, categories: [...taxonomy.categories, { ...OTHER_CATEGORY, label: 'Something else' }] };
    expect(browseCategories(own.categories, services).map((c) => c.label)).toEqual(['Sport', 'Advice', 'Something else']);
  });

  it('says on its page what is not known, in words families understand', () => {
    const label = (id: string) => taxonomy.areas.find((a) => a.id === id)?.label ?? id;
    expect(areaText(unknown, label, 'Eastbrook and district')).toBe('Not given');
    expect(areaText(services[0]!, label, 'Eastbrook and district')).toBe('Eastbrook');
    expect(areaText(services[1]!, label, 'Eastbrook and district')).toBe('All of Eastbrook and district');
    expect(costLabel(unknown.cost)).toBe('Cost: ask the service');
    expect(costLabel(services[0]!.cost)).toBe('Free');
    expect(costText(undefined, undefined)).toBe('Not known: ask the service what it costs.');
    expect(costText('paid', '£2 a session')).toBe('There is a charge: £2 a session');
    expect(referralText(undefined).label).toBe('Not known');
    expect(referralText('self').label).toBe('Contact them yourself');
    expect(NOT_KNOWN.lastChecked).toMatch(/^Last checked: not known\./);
  });

  it('claims nothing unknown in its schema.org data', () => {
    const opts = { url: 'https://x.example/services/mystery-tuesday/', council: 'Eastbrook Council', areaName: 'Eastbrook', needLabels: [], categoryLabels: ['Other'] };
    const ld = serviceJsonLd(unknown, opts);
    for (const key of ['isAccessibleForFree', 'dateModified', 'areaServed']) expect(ld).not.toHaveProperty(key);
    expect(serviceJsonLd(services[0]!, opts)).toMatchObject({ isAccessibleForFree: true, dateModified: '2026-10-01', areaServed: { name: 'Eastbrook' } });
  });

  it('is published as open data with the blanks left blank, and in HSDS with nothing made up', () => {
    expect(toServiceCsvRow(unknown)).toMatchObject({ categories: '', area: '', cost: '', referral: '', last_reviewed: '', stale: '' });
    const tables = toHsdsTables(services, taxonomy, 'https://x.example/');
    const serviceId = tables.service.find((s) => s.name === unknown.name)!.id;
    const service = tables.service.find((s) => s.id === serviceId)!;
    expect(service).not.toHaveProperty('assured_date');
    expect(service).not.toHaveProperty('application_process');
    expect(tables.cost_option.filter((c) => c.service_id === serviceId)).toEqual([]);
    expect(tables.service_area.filter((a) => a.service_id === serviceId)).toEqual([]);
    expect(tables.attribute.filter((a) => a.link_id === serviceId)).toEqual([]);
  });
});
