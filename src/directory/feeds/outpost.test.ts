/** The real page of Buckinghamshire's Outpost directory (shared fixtures), imported field by field. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../core/shared-fixtures.node';
import { formatReport } from './report';
import { readFeedPages, readPage } from './feed-pages';
import { readMapping } from './mapping';
import { fixture, mappingFrom, runImport, servicesOf, taxonomy, TODAY_ISO } from './__fixtures__/helpers';

const json = JSON.parse(readFileSync(sharedFixture('oruk', 'outpost-buckinghamshire', 'services.json'), 'utf8')) as { content: Record<string, unknown>[] };
const page = readPage(json, 'services.json');
const mappingFile = readFileSync(fixture('outpost-mapping.csv'), 'utf8');
const mapping = mappingFrom(fixture('outpost-mapping.csv'));
const result = runImport([page], mapping);
const services = servicesOf(result.csv);
const byName = (name: string) => services.find((s) => s.name === name)!;

describe('the Buckinghamshire Outpost page', () => {
  it('is read as a list page of 20 of 2,805 services', () => {
    expect(page).toMatchObject({ kind: 'oruk1-list', pageNumber: 1, totalPages: 141, totalItems: 2805, last: false });
    expect(page.records).toHaveLength(20);
  });

  it('reads Outpost fields: ages, geometry (longitude first), taxonomies and SEND needs', () => {
    const { services: feed } = readFeedPages([page], TODAY_ISO);
    expect(feed.find((s) => s.feedId === '1')).toMatchObject({
      name: '12th Aylesbury Brownies',
      ageMin: 5,
      ageMax: 11,
      lastReviewed: '2021-01-13',
      locations: [{ name: "St Joseph's Catholic Infant School", lines: ['Hazell Avenue'], city: 'Aylesbury', postcode: 'HP21 7JF', latitude: 51.811001, longitude: -0.790659, masked: false }],
      terms: [
        { key: 'outpostTaxonomy:clubs-and-groups', label: 'Clubs and groups' },
        { key: 'outpostTaxonomy:things-to-do', label: 'Things to do' },
        { key: 'outpostSendNeed:autism', label: 'Autism' },
        { key: 'outpostSendNeed:hearing', label: 'Hearing' },
        { key: 'outpostSendNeed:sensory-and-physical-needs', label: 'Sensory and physical needs' },
        { key: 'outpostSendNeed:visual', label: 'Visual' },
      ],
    });
    expect(feed.find((s) => s.feedId === '7')).toMatchObject({ phones: ['0777 777 7777', '0203 289 6420 Ext 303'], emails: ['email@email.com'] });
  });

  it('writes the Brownies field by field', () => {
    expect(byName('12th Aylesbury Brownies')).toMatchObject({
      id: '12th-aylesbury-brownies',
      organisation: '12th Aylesbury Brownies',
      description: 'Brownies are a group of girls aged 7 to 10 years who meet weekly in term time for fun activities, crafts, songs, badge work, games, learning new skills and making new friends.',
      categories: ['leisure'],
      needs: ['autism', 'hearing-impairment', 'physical-disability', 'sensory-processing', 'visual-impairment'],
      age_min: 5,
      age_max: 11,
      wholeArea: true,
      address: "St Joseph's Catholic Infant School, Hazell Avenue, Aylesbury",
      postcode: 'HP21 7JF',
      latitude: 51.811001,
      longitude: -0.790659,
      cost: 'varies',
      referral: 'either',
      opening_times: 'Monday 10am to 5pm',
      last_reviewed: '2021-01-13',
    });
  });

  it('writes Thomley, ABA Horizons, Abbotsbrook and Chepping View field by field', () => {
    const thomley = byName('13 plus days | Tuesdays and Thursdays');
    expect(thomley).toMatchObject({ organisation: 'Thomley', age_min: 12, age_max: 25, website: 'https://thomley.org.uk/calendar', address: 'Thomley, Menmarsh Road, Aylesbury', postcode: 'HP18 9JZ' });
    expect(thomley.description.split('\n\n')).toHaveLength(json.content[1]!['description']!.toString().trim().split(/\n+/).length);
    expect(byName('ABA Horizons')).toMatchObject({ age_min: 0, age_max: 11, phone: '0777 777 7777', email: 'email@email.com', address: '43 Chapman Place, Mile End, Colchester, CO4 5ZJ, Nationwide' });
    expect(byName('ABA Horizons').latitude).toBeUndefined();
    expect(byName('Abbotsbrook Pre-School')).toMatchObject({ categories: ['leisure', 'early-years'], accessibility: 'Accessible toilet facilities; Wheelchair accessible entrance', postcode: 'SL8 5PQ', address: 'Abbotts Brook Hall, Marlow Road, Bourne End' });
    expect(byName('Chepping View Primary Academy')).toMatchObject({ organisation: 'Chepping View Primary Academy', categories: ['education', 'leisure'], age_min: 2, age_max: 11, accessibility: 'Disabled car parking space' });
  });

  it('says what it did not take, and what it assumed', () => {
    expect(result.problems).toEqual([]);
    expect(result.report.counts).toMatchObject({ inFeed: 20, added: 20, skipped: 0 });
    expect(result.report.skipped).toEqual([]);
    expect(result.report.gaps).toEqual([{ feedId: '6', name: '627 Transfer', fields: ['categories'] }]);
    const notes = result.report.notes.filter((n) => n.feedId === '7').map((n) => [n.field, n.value]);
    expect(notes).toEqual([['latitude', '0, 0']]);
    expect(result.report.notes.filter((n) => n.field === 'organisation').map((n) => n.feedId)).toEqual(['1', '3', '4', '10', '12', '17', '19', '21', '22', '23']);
    expect(result.report.defaults).toEqual(expect.arrayContaining([{ key: 'cost', services: 20 }, { key: 'referral', services: 20 }]));
  });

  it('counts the services that use each unmapped term; a term mapped to nothing is not reported', () => {
    const unmapped = Object.fromEntries(result.report.unmapped.map((u) => [u.key, u.services]));
    expect(unmapped).toMatchObject({ 'outpostTaxonomy:2-year-old-funded-providers': 3, 'outpostTaxonomy:primary-schools': 2, 'outpostTaxonomy:days-out': 1 });
    expect(unmapped['outpostTaxonomy:funded-childcare']).toBeUndefined();
    expect(unmapped['outpostTaxonomy:things-to-do']).toBeUndefined();
  });

  it('without defaults for cost, referral and area, publishes all 20, leaving those blank and listing each gap for the directory team', () => {
    const strict = readMapping(new TextEncoder().encode(mappingFile.replace(/^default:(cost|referral|area),.*\n/gm, '')), 'm.csv', taxonomy).value;
    const again = runImport([page], strict);
    expect(again.problems).toEqual([]);
    expect(again.report.skipped).toEqual([]);
    const published = servicesOf(again.csv);
    expect(published).toHaveLength(20);
    // The feed gives no service areas, cost or referral: nothing is made up.
    expect(published.every((s) => s.cost === undefined && s.referral === undefined && s.areas.length === 0 && !s.wholeArea)).toBe(true);
    expect(again.report.gaps).toHaveLength(20);
    expect(again.report.gaps.find((g) => g.feedId === '6')).toEqual({ feedId: '6', name: '627 Transfer', fields: ['categories', 'area', 'cost', 'referral'] });
    expect(again.report.gaps.find((g) => g.feedId === '1')!.fields).toEqual(['area', 'cost', 'referral']);
    const text = formatReport(again.report, 'x', strict.defaults);
    expect(text).toContain('## Data-quality gaps for the directory team (20)');
    expect(text).toContain('category 1, area 20, cost 20, who can refer 20');
    expect(text).toContain('| 6 | 627 Transfer | category; area; cost; who can refer |');
  });

  it('hides the street address when the feed asks (mask_exact_address), and never prints it in the report', () => {
    const record = structuredClone(json.content[0]!) as { locations: Record<string, unknown>[] };
    record.locations[0]!['mask_exact_address'] = true;
    const masked = runImport([{ kind: 'array', records: [record], last: true }], mapping);
    const [s] = servicesOf(masked.csv);
    expect(s).toMatchObject({ address: 'Aylesbury' });
    expect([s!.postcode, s!.latitude, s!.longitude]).toEqual([undefined, undefined, undefined]);
    const text = masked.csv + formatReport(masked.report, 'x', mapping.defaults);
    expect(text).not.toMatch(/Hazell|HP21|51\.81|St Joseph/);
    expect(masked.report.notes.map((n) => n.field)).toContain('address');
  });

  it('does not publish a service Outpost has stopped showing (visible_to has passed)', () => {
    const record = { ...readSingle(), visible_to: '2024-01-31' };
    const hidden = runImport([{ kind: 'single', records: [record], last: true }], mapping);
    expect(hidden.report.skipped).toEqual([{ feedId: '1', name: '12th Aylesbury Brownies', field: 'status', reason: 'the feed marks it "hidden since 2024-01-31 (visible_to)", so it is not published as live' }]);
  });
});

function readSingle(): Record<string, unknown> {
  return JSON.parse(readFileSync(sharedFixture('oruk', 'outpost-buckinghamshire', 'service.json'), 'utf8')) as Record<string, unknown>;
}
