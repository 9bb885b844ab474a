import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvBytes, toCsv } from '../core/csv';
import { OPEN_DATA_COLUMNS, toHsdsTables, toServiceCsvRow, uuidMaker } from './open-referral';
import { readServices, SERVICES_COLUMNS } from './services';
import { readTaxonomy } from './taxonomy';

const TODAY = new Date('2026-11-22T10:00:00Z');
const SITE = 'https://localoffer.northbrook.example';
const taxonomy = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), 'data/taxonomy.csv').value;
const services = readServices(readFileSync('tests/sample/data/services.csv'), 'data/services.csv', taxonomy, TODAY).value;
const data = toHsdsTables(services, taxonomy, SITE);
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('toHsdsTables', () => {
  it('gives version 5 UUIDs that depend only on the site and our id', () => {
    const uuid = uuidMaker(SITE);
    expect(uuid('service', 'a')).toMatch(UUID_V5);
    expect(uuid('service', 'a')).toBe(uuidMaker(`${SITE}/some/page/`)('service', 'a'));
    expect(uuid('service', 'a')).not.toBe(uuid('service', 'b'));
    expect(uuid('service', 'a')).not.toBe(uuidMaker('https://localoffer.elsewhere.example')('service', 'a'));
    // Pinned (checked with Python's uuid.uuid5): if this changes, every published id changes and consumers' links break.
    expect(data.service.find((s) => s.name.startsWith('Northbrook SEND Information'))!.id).toBe(uuid('service', 'northbrook-sendiass'));
    expect(uuid('service', 'northbrook-sendiass')).toBe('8c877228-a822-599d-9ca3-7b04367727be');
  });

  it('has every HSDS table we publish, every id unique and every link resolving', () => {
    const all = Object.values(data).flat() as { id: string }[];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.every((r) => UUID_V5.test(r.id))).toBe(true);
    const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    const [serviceIds, orgIds, locationIds, termIds, contactIds] = [data.service, data.organization, data.location, data.taxonomy_term, data.contact].map(ids);
    expect(data.service.every((s) => orgIds!.has(s.organization_id))).toBe(true);
    expect(data.service_at_location.every((l) => serviceIds!.has(l.service_id) && locationIds!.has(l.location_id))).toBe(true);
    expect(data.attribute.every((a) => serviceIds!.has(a.link_id) && termIds!.has(a.taxonomy_term_id))).toBe(true);
    expect(data.phone.every((p) => serviceIds!.has(p.service_id) && contactIds!.has(p.contact_id))).toBe(true);
    expect(data.service).toHaveLength(services.length);
    expect(data.organization.length).toBeLessThan(services.length);
  });

  it('maps one service field by field', () => {
    const uuid = uuidMaker(SITE);
    const s = data.service.find((x) => x.id === uuid('service', 'northbrook-sendiass'))!;
    expect(s).toMatchObject({
      name: 'Northbrook SEND Information, Advice and Support Service (SENDIASS)',
      url: 'https://www.northbrooksendiass.example',
      email: 'help@northbrooksendiass.example',
      status: 'active',
      minimum_age: 0,
      maximum_age: 25,
      assured_date: '2026-10-14',
      application_process: 'Families and young people can contact the service themselves.',
    });
    const link = data.service_at_location.find((l) => l.service_id === s.id)!;
    const location = data.location.find((l) => l.id === link.location_id)!;
    expect(location).toMatchObject({ latitude: 52.6021, longitude: -1.4997, location_type: 'physical', name: 'The Old Library' });
    expect(data.address.find((a) => a.location_id === location.id)).toMatchObject({ address_1: 'The Old Library, 4 Chapel Street', city: 'Northbrook', postal_code: 'NB1 3HL', country: 'GB' });
    expect(data.phone.filter((p) => p.service_id === s.id).map((p) => p.number)).toEqual(['01632 960107']);
    expect(data.cost_option.filter((c) => c.service_id === s.id)).toMatchObject([{ option: 'Free', amount: 0 }]);
    expect(data.service_area.filter((a) => a.service_id === s.id).map((a) => a.name)).toEqual(['The whole local area']);
    const terms = data.attribute.filter((a) => a.link_id === s.id).map((a) => data.taxonomy_term.find((t) => t.id === a.taxonomy_term_id)!);
    expect(terms.map((t) => [t.code, t.name, t.term_uri])).toEqual([['localOfferCategory:advice-information', 'Advice and information', `${SITE}/services/category/advice-information/`]]);
  });

  it('keeps the path of a site hosted under one in each term\'s address, and the same ids as at the root of its domain', () => {
    const underPath = toHsdsTables(services, taxonomy, 'https://org.github.io/local-offer/');
    expect(underPath.taxonomy_term.map((t) => t.term_uri)).toEqual(data.taxonomy_term.map((t) => t.term_uri.replace(SITE, 'https://org.github.io/local-offer')));
    expect(underPath.taxonomy_term[0]!.term_uri).toMatch(/^https:\/\/org\.github\.io\/local-offer\/services\/(category|need)\//);
  });

  it('shares one location between services at the same place, but not when their access details differ', () => {
    const uuid = uuidMaker(SITE);
    const locationsOf = (ids: string[]) => new Set(data.service_at_location.filter((l) => ids.map((id) => uuid('service', id)).includes(l.service_id)).map((l) => l.location_id));
    expect(locationsOf(['young-carers-service', 'siblings-group']).size).toBe(1);
    // Same address, but one has a map position and different accessibility words: each keeps its own.
    expect(locationsOf(['brookside-special-school', 'afterschool-club-brookside']).size).toBe(2);
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
