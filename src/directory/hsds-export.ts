/**
 * The directory as an Open Referral UK 3.0 (HSDS 3.0) tabular data package:
 * datapackage.json describing one CSV per table, and the same data as nested
 * HSDS 3.0 JSON (a one-page service list, each service with its organization,
 * locations, contacts, schedules and taxonomy terms). Resource names and file
 * names are the UK profile's, so a checker finds each table where it looks.
 */
import { toCsv } from '../core/csv';
import type {
  HsdsAccessibility, HsdsAddress, HsdsAttribute, HsdsContact, HsdsCostOption, HsdsLanguage, HsdsLocation, HsdsOrganization, HsdsPhone,
  HsdsSchedule, HsdsService, HsdsServiceArea, HsdsServiceAtLocation, HsdsTables, HsdsTaxonomyTerm,
} from './open-referral';

type FieldType = 'string' | 'integer' | 'number' | 'date';
interface Field { name: string; type: FieldType; format?: 'uuid' | 'email' | 'uri'; required?: true }
interface ForeignKey { fields: string; reference: { resource: keyof HsdsTables; fields: 'id' } }
export interface HsdsResource { name: keyof HsdsTables; path: string; fields: Field[]; foreignKeys: ForeignKey[] }

const id: Field = { name: 'id', type: 'string', format: 'uuid', required: true };
const link = (name: string, resource: keyof HsdsTables): [Field, ForeignKey] => [{ name, type: 'string', format: 'uuid' }, { fields: name, reference: { resource, fields: 'id' } }];
const text = (name: string, required?: true): Field => ({ name, type: 'string', ...(required ? { required } : {}) });

function resource(name: keyof HsdsTables, path: string, ...columns: (Field | [Field, ForeignKey])[]): HsdsResource {
  return {
    name,
    path,
    fields: [id, ...columns.map((c) => (Array.isArray(c) ? c[0] : c))],
    foreignKeys: columns.filter((c): c is [Field, ForeignKey] => Array.isArray(c)).map((c) => c[1]),
  };
}

/** Every table we publish, in the order of the UK profile. */
export const HSDS_RESOURCES: readonly HsdsResource[] = [
  resource('organization', 'organizations.csv', text('name', true), text('description', true), { name: 'website', type: 'string', format: 'uri' }),
  resource(
    'service', 'services.csv', link('organization_id', 'organization'), text('name', true), text('description'), { name: 'url', type: 'string', format: 'uri' },
    { name: 'email', type: 'string', format: 'email' }, text('status', true), text('fees'), text('fees_description'),
    { name: 'minimum_age', type: 'integer' }, { name: 'maximum_age', type: 'integer' }, { name: 'assured_date', type: 'date' }, text('application_process'),
  ),
  resource('location', 'locations.csv', text('location_type', true), text('name'), { name: 'latitude', type: 'number' }, { name: 'longitude', type: 'number' }),
  resource('service_at_location', 'service_at_location.csv', link('service_id', 'service'), link('location_id', 'location')),
  resource('address', 'address.csv', link('location_id', 'location'), text('address_1', true), text('city', true), text('state_province', true), text('postal_code', true), text('country', true), text('address_type', true)),
  resource('contact', 'contacts.csv', link('service_id', 'service')),
  resource('phone', 'phones.csv', link('service_id', 'service'), link('contact_id', 'contact'), text('number', true)),
  resource('schedule', 'schedule.csv', link('service_id', 'service'), text('description')),
  resource('service_area', 'service_areas.csv', link('service_id', 'service'), text('name'), text('description')),
  resource('language', 'languages.csv', link('service_id', 'service'), text('name')),
  resource('accessibility', 'accessibility.csv', link('location_id', 'location'), text('description')),
  resource('cost_option', 'cost_options.csv', link('service_id', 'service'), text('option'), { name: 'amount', type: 'number' }),
  resource('taxonomy', 'taxonomies.csv', text('name', true), text('description', true)),
  resource('taxonomy_term', 'taxonomy_terms.csv', text('code'), text('name', true), text('description', true), link('taxonomy_id', 'taxonomy'), text('taxonomy'), { name: 'term_uri', type: 'string', format: 'uri' }),
  resource('attribute', 'attribute.csv', link('link_id', 'service'), link('taxonomy_term_id', 'taxonomy_term'), text('link_type'), text('link_entity')),
];

export interface PackageMeta { name: string; title: string; description: string; homepage: string; publisher: string }

/** datapackage.json (Frictionless Data tabular data package), listing each CSV with its fields and links. */
export function dataPackage(meta: PackageMeta) {
  return {
    profile: 'tabular-data-package',
    name: meta.name,
    title: meta.title,
    description: meta.description,
    homepage: meta.homepage,
    version: '3.0',
    licenses: [{ name: 'OGL-UK-3.0', title: 'Open Government Licence v3.0', path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }],
    contributors: [{ title: meta.publisher, role: 'publisher' }],
    resources: HSDS_RESOURCES.map((r) => ({
      name: r.name,
      path: r.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: r.fields.map((f) => ({ name: f.name, type: f.type, ...(f.format ? { format: f.format } : {}), ...(f.required ? { constraints: { required: true } } : {}) })),
        primaryKey: 'id',
        foreignKeys: r.foreignKeys,
      },
    })),
  };
}

/** One table as CSV, columns in the order datapackage.json lists them. */
export function tableCsv(tables: HsdsTables, name: keyof HsdsTables): string {
  const r = HSDS_RESOURCES.find((x) => x.name === name)!;
  return toCsv(r.fields.map((f) => f.name), tables[name] as unknown as Record<string, string | number | undefined>[]);
}

function groupBy<T, K extends keyof T>(rows: readonly T[], key: K): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

/** A service with what belongs to it, as the UK profile's `/services/{id}` returns it. */
export interface HsdsNestedService extends HsdsService {
  organization?: HsdsOrganization;
  service_at_locations?: (HsdsServiceAtLocation & { location: HsdsLocation & { addresses?: HsdsAddress[]; accessibility?: HsdsAccessibility[] } })[];
  contacts?: (HsdsContact & { phones?: HsdsPhone[] })[];
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  languages?: HsdsLanguage[];
  cost_options?: HsdsCostOption[];
  attributes?: (HsdsAttribute & { taxonomy_term?: HsdsTaxonomyTerm })[];
}

/** A list left out when empty: HSDS asks for empty optional fields to be left out. */
function some<K extends string, T>(key: K, list: T[] | undefined): Partial<Record<K, T[]>> {
  return list && list.length > 0 ? ({ [key]: list } as Record<K, T[]>) : {};
}

export function nestedServices(t: HsdsTables): HsdsNestedService[] {
  const orgs = new Map(t.organization.map((o) => [o.id, o]));
  const locations = new Map(t.location.map((l) => [l.id, l]));
  const terms = new Map(t.taxonomy_term.map((x) => [x.id, x]));
  const by = {
    link: groupBy(t.service_at_location, 'service_id'), address: groupBy(t.address, 'location_id'), access: groupBy(t.accessibility, 'location_id'),
    contact: groupBy(t.contact, 'service_id'), phone: groupBy(t.phone, 'contact_id'), phoneOfService: groupBy(t.phone, 'service_id'),
    schedule: groupBy(t.schedule, 'service_id'), area: groupBy(t.service_area, 'service_id'), language: groupBy(t.language, 'service_id'),
    cost: groupBy(t.cost_option, 'service_id'), attribute: groupBy(t.attribute, 'link_id'),
  };
  return t.service.map((s) => {
    const organization = orgs.get(s.organization_id);
    return {
      ...s,
      ...(organization ? { organization } : {}),
      ...some('service_at_locations', by.link.get(s.id)?.map((l) => {
        const location = locations.get(l.location_id)!;
        return { ...l, location: { ...location, ...some('addresses', by.address.get(location.id)), ...some('accessibility', by.access.get(location.id)) } };
      })),
      ...some('contacts', by.contact.get(s.id)?.map((c) => ({ ...c, ...some('phones', by.phone.get(c.id)) }))),
      ...some('phones', by.phoneOfService.get(s.id)),
      ...some('schedules', by.schedule.get(s.id)),
      ...some('service_areas', by.area.get(s.id)),
      ...some('languages', by.language.get(s.id)),
      ...some('cost_options', by.cost.get(s.id)),
      ...some('attributes', by.attribute.get(s.id)?.map((a) => {
        const term = terms.get(a.taxonomy_term_id);
        return { ...a, ...(term ? { taxonomy_term: term } : {}) };
      })),
    };
  });
}

/** The HSDS 3.0 list page: every service on one page. */
export function serviceListPage(t: HsdsTables) {
  const contents = nestedServices(t);
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents };
}

const cache = new WeakMap<readonly unknown[], HsdsTables>();

/** The tables, worked out once per build however many endpoints ask. */
export function cachedTables(services: readonly unknown[], make: () => HsdsTables): HsdsTables {
  const hit = cache.get(services);
  if (hit) return hit;
  const tables = make();
  cache.set(services, tables);
  return tables;
}
