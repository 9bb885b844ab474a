/** The official HSDS 3.0 and UK profile 3.0 examples (shared fixtures): JSON records, list pages and the tabular package. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../core/shared-fixtures.node';
import { readFeedPages, readPage } from './feed-pages';
import type { FeedService } from './feed-service';
import { readMapping } from './mapping';
import { loadFeed } from './source.node';
import { runImport, servicesOf, taxonomy, TODAY_ISO } from './__fixtures__/helpers';

const example = (...path: string[]) => JSON.parse(readFileSync(sharedFixture('oruk', ...path), 'utf8')) as unknown;
const readOne = (json: unknown): FeedService => {
  const { services, skipped } = readFeedPages([readPage(json, 'example')], TODAY_ISO);
  expect(skipped).toEqual([]);
  return services[0]!;
};

/** What both official full examples say about "Community Counselling". */
const COUNSELLING = {
  feedId: 'ac148810-d857-441c-9679-408f346de14b',
  name: 'Community Counselling',
  organisation: 'Example Organization Inc.',
  status: 'active',
  ageMin: 12,
  ageMax: 100,
  website: 'http://example.com/counselling',
  lastReviewed: '2005-01-01',
};

describe('HSDS 3.0 service_full.json', () => {
  const s = readOne(example('hsds-3.0', 'examples', 'service_full.json'));

  it('reads the service, its organization, location and address', () => {
    expect(s).toMatchObject({ ...COUNSELLING, emails: ['email@example.com'], phones: ['"+44 1234 234567"'], languages: ['Urdu'] });
    expect(s.locations).toEqual([
      {
        name: 'MyCity Civic Center',
        lines: ['1-30 Main Street', 'MyVillage'],
        city: 'MyCity',
        postcode: 'ABC 1234',
        latitude: 100,
        longitude: 101,
        masked: false,
        accessibility: ['The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.'],
      },
    ]);
  });

  it('reads cost, the schedule rule and the taxonomy term', () => {
    expect(s.cost).toEqual({ options: [{ option: 'Under 18s and Over 60s', amount: 35, description: 'per 1 hour session' }], text: s.cost.text });
    expect(s.cost.text).toMatch(/^Non-NHS patients are expected to pay/);
    expect(s.schedules[0]).toMatchObject({ days: [{ day: 'TH' }, { day: 'FR' }], opensAt: '10:00', closesAt: '18:00', freq: 'WEEKLY', monthDays: [2, 3, 4], validTo: '2005-01-01' });
    expect(s.terms).toEqual([{ key: 'code', label: 'name' }]);
    expect(s.areas.map((a) => a.key)).toEqual(['area:The service is available to all residents of the MyCity area. We provide the service in our offices or via video conferencing to any who can provide evidence of their residency.']);
  });

  it('becomes a row: the quotes round the phone number go, the US postcode and impossible position are left out and listed', () => {
    const mapping = readMapping(new TextEncoder().encode('feed_term,maps_to\ncode,health\ndefault:area,all\ndefault:referral,professional\n'), 'm.csv', taxonomy).value;
    const result = runImport([readPage(example('hsds-3.0', 'examples', 'service_full.json'), 'x')], mapping);
    expect(result.problems).toEqual([]);
    expect(servicesOf(result.csv)[0]).toMatchObject({
      id: 'community-counselling',
      organisation: 'Example Organization Inc.',
      categories: ['health'],
      age_min: 12,
      age_max: 25,
      address: 'MyCity Civic Center, 1-30 Main Street, MyVillage, MyCity',
      phone: '+44 1234 234567',
      email: 'email@example.com',
      cost: 'paid',
      referral: 'professional',
      languages: ['Urdu'],
      last_reviewed: '2005-01-01',
    });
    // The example's only timetable ended on 2005-01-01, so there are no opening times, and the report says why.
    expect(servicesOf(result.csv)[0]!.opening_times).toBeUndefined();
    expect(result.report.notes.map((n) => [n.field, n.value])).toEqual([
      ['opening_times', 'valid to 2005-01-01'],
      ['postcode', 'ABC 1234'],
      ['latitude', '100'],
      ['longitude', '101'],
    ]);
  });
});

describe('UK profile 3.0 examples', () => {
  it('service_full.json: the UK profile layout (fees, no code on terms) reads the same core facts', () => {
    const s = readOne(example('uk-profile-3.0', 'examples', 'service_full.json'));
    expect(s).toMatchObject({ ...COUNSELLING, emails: ['email@example.com'], phones: [], languages: [] });
    expect(s.cost.text).toBe('fees_description');
    expect(s.terms).toEqual([{ key: '3f7b145d-84af-42d7-8fae-eaca714b02b2', label: 'name' }]);
    expect(s.locations[0]).toMatchObject({ name: 'MyCity Civic Center', lines: ['1-30 Main Street'], city: 'MyCity', accessibility: [expect.stringMatching(/^The building is equipped/)] });
  });

  it('service_list.json pages: HSDS 3.0 pagination keys', () => {
    for (const folder of ['hsds-3.0', 'uk-profile-3.0']) {
      const page = readPage(example(folder, 'examples', 'service_list.json'), folder);
      expect(page).toMatchObject({ kind: 'hsds3-list', pageNumber: 1, totalPages: 10, totalItems: 10, last: false });
      expect(readFeedPages([page], TODAY_ISO).services[0]).toMatchObject({ feedId: COUNSELLING.feedId, name: 'Community Counselling', organisation: 'Example Organization Inc.' });
    }
  });
});

describe('HSDS 3.0 tabular data package (the official CSV example)', () => {
  it('joins the tables back into the same service as the JSON example', async () => {
    const [page] = await loadFeed(sharedFixture('oruk', 'hsds-3.0', 'examples', 'csv'));
    const { services } = readFeedPages([page!], TODAY_ISO);
    expect(services).toHaveLength(1);
    const fromJson = readOne(example('hsds-3.0', 'examples', 'service_full.json'));
    const s = services[0]!;
    expect(s).toMatchObject({ ...COUNSELLING, phones: ['"+44 1234 234567"'], emails: ['email@example.com'], languages: ['Urdu'] });
    expect(s.locations).toEqual(fromJson.locations);
    expect(s.cost).toEqual(fromJson.cost);
    expect(s.schedules).toEqual(fromJson.schedules.slice(0, 1));
    // The example's attribute row links to another service's id, so this service has no terms: the import says so.
    expect(s.terms).toEqual([]);
  });

  it('reads the UK profile spelling of the tables too (address.csv, schedule.csv, attribute.csv)', async () => {
    const [page] = await loadFeed(sharedFixture('oruk', 'uk-profile-3.0', 'examples', 'csv'));
    const { services } = readFeedPages([page!], TODAY_ISO);
    expect(services[0]).toMatchObject({ feedId: COUNSELLING.feedId, name: 'Community Counselling', ageMin: 12, lastReviewed: '2005-01-01' });
    expect(services[0]!.locations[0]).toMatchObject({ name: 'MyCity Civic Center', city: 'MyCity', postcode: 'ABC 1234' });
  });

  it('publishes the service with no terms and an empty mapping, listing what the feed did not say as gaps', async () => {
    const result = runImport(await loadFeed(sharedFixture('oruk', 'hsds-3.0', 'examples', 'csv')), readMapping(new TextEncoder().encode('feed_term,maps_to\n'), 'm.csv', taxonomy).value);
    expect(result.problems).toEqual([]);
    expect(result.report.skipped).toEqual([]);
    expect(result.report.gaps).toEqual([{ feedId: COUNSELLING.feedId, name: 'Community Counselling', fields: ['categories', 'area', 'referral'] }]);
    expect(servicesOf(result.csv)[0]).toMatchObject({ name: 'Community Counselling', categories: [], areas: [], wholeArea: false, cost: 'paid', referral: undefined });
  });
});
