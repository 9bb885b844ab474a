import { describe, expect, it } from 'vitest';
import { readFeedPages } from './feed-pages';
import { fixture, mappingFrom, pagesFrom, runImport, servicesOf, TODAY_ISO } from './__fixtures__/helpers';

const pages = pagesFrom(fixture('oruk1/page-1.json'), fixture('oruk1/page-2.json'));
const mapping = mappingFrom(fixture('oruk1-mapping.csv'));

describe('ORUK 1.0 list pages', () => {
  it('read the pagination keys in either case', () => {
    expect(pages.map((p) => [p.kind, p.pageNumber, p.totalPages, p.totalItems, p.last])).toEqual([
      ['oruk1-list', 1, 2, 8, false],
      ['oruk1-list', 2, 2, 8, true],
    ]);
  });

  it('read ages from eligibilitys, the address from physical_addresses and terms with their vocabulary', () => {
    const { services } = readFeedPages(pages, TODAY_ISO);
    const portage = services.find((s) => s.feedId === 'nb-0001')!;
    expect(portage).toMatchObject({ ageMin: 0, ageMax: 5, referral: 'professional', lastReviewed: '2026-09-01', phones: ['01632 960200'], emails: ['portage@northbrook.example'] });
    expect(portage.locations).toEqual([
      { name: 'Castle Fields Family Hub', lines: ['Elm Road'], city: 'Northbrook', postcode: 'nb2 4ef', latitude: 52.6101, longitude: -1.4921, masked: false, accessibility: ['Step-free entrance', 'Hearing loop'] },
    ]);
    expect(portage.terms.map((t) => t.key)).toEqual(['northbrookServiceType:portage', 'esdNeed:learning']);
    // A bare id gets its vocabulary in front, as ORUK recommends: "esdServiceType:160".
    expect(services.find((s) => s.feedId === 'nb-0004')!.terms).toEqual([{ key: 'esdServiceType:160', label: 'Service type 160 (example)' }]);
  });
});

describe('importing the ORUK 1.0 fixture', () => {
  const result = runImport(pages, mapping);
  const services = servicesOf(result.csv);
  const byName = (name: string) => services.find((s) => s.name === name)!;

  it('writes every field of a full record', () => {
    expect(result.problems).toEqual([]);
    expect(byName('Northbrook Portage')).toMatchObject({
      id: 'northbrook-portage',
      organisation: 'Northbrook Council',
      description: 'Home visits for families of babies and young children with SEND.\n\nWe help you & your child learn through play.',
      categories: ['early-years', 'education'],
      needs: ['learning-disability'],
      age_min: 0,
      age_max: 5,
      areas: ['northbrook-town'],
      wholeArea: false,
      address: 'Castle Fields Family Hub, Elm Road, Northbrook',
      postcode: 'NB2 4EF',
      latitude: 52.6101,
      longitude: -1.4921,
      phone: '01632 960200',
      email: 'portage@northbrook.example',
      website: 'https://www.northbrook.example/portage',
      cost: 'free',
      opening_times: 'Monday to Thursday 9am to 5pm, Friday 9am to 4.30pm, Saturday 10am to 12 noon',
      referral: 'professional',
      accessibility: 'Step-free entrance; Hearing loop',
      languages: ['Polish'],
      last_reviewed: '2026-09-01',
    });
    expect(byName('Northbrook Portage').cost_details).toBeUndefined();
  });

  it('reads cost, fees, drop-in and a web address without https://', () => {
    expect(byName('Saturday Swim Club')).toMatchObject({
      categories: ['leisure', 'short-breaks'],
      cost: 'paid',
      cost_details: '£3 a session; free for carers',
      referral: 'self',
      opening_times: 'Saturday 9.30am to 11am',
      website: 'https://www.northbrookswim.example',
      wholeArea: true,
    });
  });

  it('keeps a service with a bad email or postcode, leaving those out and saying so; ages over 25 are cut to 25', () => {
    expect(byName('Pathways Employment Support')).toMatchObject({ age_min: 18, age_max: 25, phone: '+44 (0)1632 960300', address: '3 Canal Wharf, Northbrook' });
    expect(byName('Pathways Employment Support').email).toBeUndefined();
    expect(byName('Pathways Employment Support').postcode).toBeUndefined();
    expect(result.report.notes.filter((n) => n.feedId === 'nb-0007').map((n) => [n.field, n.value])).toEqual([
      ['postcode', 'NB1 9ZZ Z'],
      ['email', 'pathways at northbrook.example'],
    ]);
  });

  it('lists every record it did not take, with the feed id and the field', () => {
    expect(result.report.skipped.map((s) => [s.feedId, s.field])).toEqual([
      ['nb-0001', 'id'],
      ['nb-0002', 'status'],
      ['nb-0003', 'name'],
      ['nb-0008', 'age_min'],
    ]);
    expect(result.report.skipped[1]!.reason).toBe('the feed marks it "defunct", so it is not published as live');
    expect(result.report.counts).toMatchObject({ inFeed: 8, added: 4, changed: 0, unchanged: 0, removed: 0, skipped: 4, kept: 0 });
    expect(services).toHaveLength(4);
  });

  it('publishes a service whose terms give no category, listed under "Other", and reports the gap', () => {
    expect(byName('Chess Club')).toMatchObject({ categories: [], wholeArea: true });
    expect(result.report.gaps).toContainEqual({ feedId: 'nb-0006', name: 'Chess Club', fields: ['categories', 'cost'] });
  });

  it('lists feed terms with no mapping and how many services use them', () => {
    expect(result.report.unmapped).toEqual([{ key: 'northbrookServiceType:board-games', label: 'Board games', services: 1 }]);
  });
});
