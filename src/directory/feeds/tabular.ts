/**
 * An HSDS 3.0 tabular data package (datapackage.json plus one CSV per table)
 * joined back into nested services, so it is read by the same code as the
 * JSON API (hsds3.ts).
 */
import { str, type JsonObject } from './json';

/** The tables we read, and the file names used when there is no datapackage.json (HSDS 3.0 first, then the UK profile's). */
export const TABULAR_FILES = {
  service: ['services.csv'],
  organization: ['organizations.csv'],
  service_at_location: ['service_at_location.csv', 'service_at_locations.csv'],
  location: ['locations.csv'],
  address: ['addresses.csv', 'address.csv'],
  accessibility: ['accessibility.csv'],
  contact: ['contacts.csv'],
  phone: ['phones.csv'],
  schedule: ['schedules.csv', 'schedule.csv'],
  attribute: ['attributes.csv', 'attribute.csv'],
  taxonomy_term: ['taxonomy_terms.csv'],
  taxonomy: ['taxonomies.csv', 'taxonomy.csv'],
  service_area: ['service_areas.csv'],
  cost_option: ['cost_options.csv'],
  language: ['languages.csv'],
  metadata: ['metadata.csv'],
} as const;

export type TabularTable = keyof typeof TABULAR_FILES;
export type TabularPackage = Partial<Record<TabularTable, JsonObject[]>>;

function groupBy(rows: readonly JsonObject[] | undefined, key: string): Map<string, JsonObject[]> {
  const groups = new Map<string, JsonObject[]>();
  for (const row of rows ?? []) {
    const k = str(row[key]);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

function byId(rows: readonly JsonObject[] | undefined): Map<string, JsonObject> {
  return new Map((rows ?? []).flatMap((row) => {
    const id = str(row['id']);
    return id === undefined ? [] : [[id, row] as const];
  }));
}

/** Every service row with its related rows nested as in the HSDS 3.0 JSON API. */
export function joinTabular(tables: TabularPackage): JsonObject[] {
  const organizations = byId(tables.organization);
  const locations = byId(tables.location);
  const terms = byId(tables.taxonomy_term);
  const taxonomies = byId(tables.taxonomy);
  const links = groupBy(tables.service_at_location, 'service_id');
  const contacts = groupBy(tables.contact, 'service_id');
  const at = (table: TabularTable, key: string) => groupBy(tables[table], key);
  const [phonesByService, phonesByContact, phonesByLocation] = ['service_id', 'contact_id', 'location_id'].map((k) => at('phone', k));
  const [schedulesByService, schedulesByLink, schedulesByLocation] = ['service_id', 'service_at_location_id', 'location_id'].map((k) => at('schedule', k));
  const addresses = at('address', 'location_id');
  const accessibility = at('accessibility', 'location_id');
  const attributes = at('attribute', 'link_id');
  const areas = at('service_area', 'service_id');
  const costs = at('cost_option', 'service_id');
  const languages = at('language', 'service_id');
  const metadata = at('metadata', 'resource_id');
  const of = (map: Map<string, JsonObject[]> | undefined, id: string | undefined) => (id === undefined ? [] : map?.get(id) ?? []);

  return (tables.service ?? []).map((service) => {
    const id = str(service['id']);
    const organization = organizations.get(str(service['organization_id']) ?? '');
    return {
      ...service,
      ...(organization ? { organization } : {}),
      service_at_locations: of(links, id).map((link) => {
        const location = locations.get(str(link['location_id']) ?? '');
        const locationId = str(location?.['id']);
        return {
          ...link,
          schedules: of(schedulesByLink, str(link['id'])),
          ...(location
            ? { location: { ...location, addresses: of(addresses, locationId), accessibility: of(accessibility, locationId), phones: of(phonesByLocation, locationId), schedules: of(schedulesByLocation, locationId) } }
            : {}),
        };
      }),
      contacts: of(contacts, id).map((c) => ({ ...c, phones: of(phonesByContact, str(c['id'])) })),
      phones: of(phonesByService, id),
      schedules: of(schedulesByService, id),
      attributes: of(attributes, id).map((a) => {
        const term = terms.get(str(a['taxonomy_term_id']) ?? '');
        const taxonomy = term && taxonomies.get(str(term['taxonomy_id']) ?? '');
        return { ...a, ...(term ? { taxonomy_term: { ...term, ...(taxonomy ? { taxonomy_detail: taxonomy } : {}) } } : {}) };
      }),
      service_areas: of(areas, id),
      cost_options: of(costs, id),
      languages: of(languages, id),
      metadata: of(metadata, id),
    };
  });
}
