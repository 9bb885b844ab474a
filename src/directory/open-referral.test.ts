import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvBytes, toCsv } from '../core/csv';
import { OPEN_DATA_COLUMNS, stableUuid, toOpenReferral, toServiceCsvRow } from './open-referral';
import { readServices, SERVICES_COLUMNS } from './services';
import { readTaxonomy } from './taxonomy';

const TODAY = new Date('2026-11-22T10:00:00Z');
const taxonomy = readTaxonomy(readFileSync('data/taxonomy.csv'), 'data/taxonomy.csv').value;
const services = readServices(readFileSync('data/services.csv'), 'data/services.csv', taxonomy, TODAY).value;
const data = toOpenReferral(services, taxonomy);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('toOpenReferral', () => {
  it('gives stable RFC 9562 version 8 UUIDs', () => {
    expect(stableUuid('service:a')).toMatch(UUID);
    expect(stableUuid('service:a')).toBe(stableUuid('service:a'));
    expect(stableUuid('service:a')).not.toBe(stableUuid('service:b'));
  });

  it('has the HSDS 3 tables, every id unique and every link resolving', () => {
    expect(Object.keys(data).sort()).toEqual(
      ['accessibility', 'addresses', 'attributes', 'cost_options', 'languages', 'locations', 'organizations', 'phones', 'schedules', 'service_areas', 'service_at_locations', 'services', 'taxonomies', 'taxonomy_terms'].sort(),
    );
    const all = Object.values(data).flat() as { id: string }[];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.every((r) => UUID.test(r.id))).toBe(true);
    const serviceIds = new Set(data.services.map((s) => s.id));
    const orgIds = new Set(data.organizations.map((o) => o.id));
    const locationIds = new Set(data.locations.map((l) => l.id));
    const termIds = new Set(data.taxonomy_terms.map((t) => t.id));
    expect(data.services.every((s) => orgIds.has(s.organization_id))).toBe(true);
    expect(data.service_at_locations.every((l) => serviceIds.has(l.service_id) && locationIds.has(l.location_id))).toBe(true);
    expect(data.attributes.every((a) => serviceIds.has(a.link_id) && termIds.has(a.taxonomy_term_id))).toBe(true);
    expect(data.services).toHaveLength(services.length);
    expect(data.organizations.length).toBeLessThan(services.length);
  });

  it('maps one service field by field', () => {
    const s = data.services.find((x) => x.alternate_name === 'northbrook-sendiass')!;
    expect(s).toMatchObject({
      name: 'Northbrook SEND Information, Advice and Support Service (SENDIASS)',
      url: 'https://www.northbrooksendiass.example',
      email: 'help@northbrooksendiass.example',
      status: 'active',
      minimum_age: 0,
      maximum_age: 25,
      assured_date: '2026-10-14',
    });
    const link = data.service_at_locations.find((l) => l.service_id === s.id)!;
    const location = data.locations.find((l) => l.id === link.location_id)!;
    expect(location).toMatchObject({ latitude: 52.6021, longitude: -1.4997, location_type: 'physical' });
    expect(data.addresses.find((a) => a.location_id === location.id)).toMatchObject({ address_1: 'The Old Library, 4 Chapel Street', city: 'Northbrook', postal_code: 'NB1 3HL', country: 'GB' });
    expect(data.phones.filter((p) => p.service_id === s.id)).toHaveLength(1);
    expect(data.service_areas.filter((a) => a.service_id === s.id).map((a) => a.name)).toEqual(['The whole local area']);
  });

  it('shares one location between services at the same address', () => {
    const brookside = data.services.filter((s) => ['brookside-special-school', 'afterschool-club-brookside'].includes(s.alternate_name ?? ''));
    const locs = new Set(data.service_at_locations.filter((l) => brookside.some((b) => b.id === l.service_id)).map((l) => l.location_id));
    expect(locs.size).toBe(1);
  });
});

describe('flat CSV', () => {
  it('writes rows that read straight back in with the same services', () => {
    const text = toCsv(OPEN_DATA_COLUMNS, services.map(toServiceCsvRow));
    const withoutStale = text.replace(/,stale\r\n/, '\r\n').replace(/,(yes|no)\r\n/g, '\r\n');
    const again = readServices(new TextEncoder().encode(withoutStale), 'open-data/services.csv', taxonomy, TODAY);
    expect(again.problems).toEqual([]);
    expect(again.value).toEqual(services);
    expect(readCsvBytes(new TextEncoder().encode(text), 'x', { required: [...SERVICES_COLUMNS.required, 'stale'] }).table.rows).toHaveLength(services.length);
  });
});
