/**
 * Open data for the directory in the Open Referral UK 3.0 profile of HSDS 3.0:
 * the tables of the tabular data package (hsds-export.ts writes them out as
 * datapackage.json + CSVs, and as nested JSON), and a flat CSV with the same
 * columns as data/services.csv, so a download can be read straight back in.
 * The importer (feeds/) reads our own export back to the same services.
 */
import { parse as uuidBytes, v5 as uuidv5 } from 'uuid';
import { COST_OPTION, REFERRAL_PROCESS, TERM_CODE_PREFIX } from './feeds/hsds-words';
import { SERVICES_COLUMN_ORDER, type Service } from './services';
import { slugify } from '../core/slug';
import type { Taxonomy } from './taxonomy';
import { absoluteUrl } from '../core/base-path';

/**
 * HSDS ids are UUIDs. Ours are version 5 (name-based) UUIDs of our stable ids
 * in a namespace made from the site's address, so the same service keeps the
 * same UUID in every build, and two areas using this software never share one.
 */
export function uuidMaker(siteUrl: string): (kind: string, key: string) => string {
  // As bytes, read once: given as text, uuid reads it again for each of the thousands of ids.
  const namespace = uuidBytes(uuidv5(new URL(siteUrl).origin, uuidv5.URL));
  return (kind, key) => uuidv5(`${kind}:${key}`, namespace);
}

export interface HsdsOrganization { id: string; name: string; description: string; website?: string }
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  /** HSDS 3.0's name for the cost in words. */
  fees_description?: string;
  /** The UK profile's name for the same words. */
  fees?: string;
  minimum_age: number;
  maximum_age: number;
  /** When the entry was last checked with the service; left out when not known. */
  assured_date?: string;
  /** How to get the service; left out when not known. */
  application_process?: string;
}
export interface HsdsLocation { id: string; location_type: 'physical'; name?: string; latitude?: number; longitude?: number }
export interface HsdsAddress { id: string; location_id: string; address_1: string; city: string; state_province: string; postal_code: string; country: 'GB'; address_type: 'physical' }
export interface HsdsServiceAtLocation { id: string; service_id: string; location_id: string }
/** The UK profile hangs phones on a contact, HSDS 3.0 on the service: ours have both links. */
export interface HsdsContact { id: string; service_id: string }
export interface HsdsPhone { id: string; service_id: string; contact_id: string; number: string }
export interface HsdsSchedule { id: string; service_id: string; description: string }
export interface HsdsLanguage { id: string; service_id: string; name: string }
export interface HsdsAccessibility { id: string; location_id: string; description: string }
export interface HsdsServiceArea { id: string; service_id: string; name: string; description: string }
export interface HsdsCostOption { id: string; service_id: string; option: string; amount?: number }
export interface HsdsTaxonomy { id: string; name: string; description: string }
export interface HsdsTaxonomyTerm { id: string; code: string; name: string; description: string; taxonomy_id: string; taxonomy: string; term_uri: string }
export interface HsdsAttribute { id: string; link_id: string; link_type: 'service'; link_entity: 'service'; taxonomy_term_id: string }

/** The whole directory as HSDS 3.0 tables, keyed by the data package's resource names. */
export interface HsdsTables {
  organization: HsdsOrganization[];
  service: HsdsService[];
  location: HsdsLocation[];
  service_at_location: HsdsServiceAtLocation[];
  address: HsdsAddress[];
  contact: HsdsContact[];
  phone: HsdsPhone[];
  schedule: HsdsSchedule[];
  service_area: HsdsServiceArea[];
  language: HsdsLanguage[];
  accessibility: HsdsAccessibility[];
  cost_option: HsdsCostOption[];
  taxonomy: HsdsTaxonomy[];
  taxonomy_term: HsdsTaxonomyTerm[];
  attribute: HsdsAttribute[];
}

const TAXONOMIES = {
  category: { name: 'Local Offer service categories', description: 'Kinds of service in the SEND Local Offer directory.', path: 'category' },
  need: { name: 'Local Offer needs', description: 'Kinds of special educational need or disability a service is for.', path: 'need' },
} as const;

/** How the export names the whole local area, and how the importer reads it back. */
export const WHOLE_AREA = { name: 'The whole local area', description: 'Available across the whole local area.' } as const;

/** Everything after the last comma of an address is taken as the town: "4 Chapel Street, Northbrook" → "Northbrook". */
function splitAddress(address: string): { line: string; city: string } {
  const parts = address.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return parts.length < 2 ? { line: address, city: '' } : { line: parts.slice(0, -1).join(', '), city: parts[parts.length - 1]! };
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

export function toHsdsTables(services: readonly Service[], taxonomy: Taxonomy, siteUrl: string): HsdsTables {
  const uuid = uuidMaker(siteUrl);
  const out: HsdsTables = {
    organization: [], service: [], location: [], service_at_location: [], address: [], contact: [], phone: [], schedule: [],
    service_area: [], language: [], accessibility: [], cost_option: [], taxonomy: [], taxonomy_term: [], attribute: [],
  };
  // Each term's id is asked for once per service that has it: work each out once (uuid v5 is a SHA-1).
  const termIds = new Map<string, string>();
  const termId = (type: keyof typeof TAXONOMIES, id: string) => {
    const key = `${type}:${id}`;
    let found = termIds.get(key);
    if (found === undefined) termIds.set(key, (found = uuid('taxonomy_term', key)));
    return found;
  };
  for (const type of ['category', 'need'] as const) {
    const t = TAXONOMIES[type];
    const taxonomyId = uuid('taxonomy', type);
    out.taxonomy.push({ id: taxonomyId, name: t.name, description: t.description });
    for (const term of type === 'category' ? taxonomy.categories : taxonomy.needs) {
      out.taxonomy_term.push({
        id: termId(type, term.id),
        code: `${TERM_CODE_PREFIX[type]}:${term.id}`,
        name: term.label,
        description: term.description,
        taxonomy_id: taxonomyId,
        taxonomy: t.name,
        term_uri: absoluteUrl(`/services/${t.path}/${term.id}/`, siteUrl),
      });
    }
  }
  const orgs = new Map<string, HsdsOrganization>();
  const locations = new Map<string, HsdsLocation>();
  for (const s of services) {
    const orgKey = slugify(s.organisation);
    const org = orgs.get(orgKey) ?? { id: uuid('organization', orgKey), name: s.organisation, description: s.organisation };
    if (org.website === undefined && s.website !== undefined) org.website = new URL(s.website).origin;
    orgs.set(orgKey, org);
    const id = uuid('service', s.id);
    out.service.push({
      id,
      organization_id: org.id,
      name: s.name,
      description: s.description,
      ...optional('url', s.website),
      ...optional('email', s.email),
      status: 'active',
      ...optional('fees_description', s.cost_details),
      ...optional('fees', s.cost_details),
      minimum_age: s.age_min,
      maximum_age: s.age_max,
      ...optional('assured_date', s.last_reviewed),
      ...optional('application_process', s.referral && REFERRAL_PROCESS[s.referral]),
    });
    // What the file does not say is left out, as HSDS asks, rather than guessed.
    if (s.cost !== undefined) out.cost_option.push({ id: uuid('cost_option', s.id), service_id: id, option: COST_OPTION[s.cost], ...(s.cost === 'free' ? { amount: 0 } : {}) });
    if (s.phone !== undefined) {
      const contactId = uuid('contact', s.id);
      out.contact.push({ id: contactId, service_id: id });
      out.phone.push({ id: uuid('phone', s.id), service_id: id, contact_id: contactId, number: s.phone });
    }
    if (s.opening_times !== undefined) out.schedule.push({ id: uuid('schedule', s.id), service_id: id, description: s.opening_times });
    for (const name of s.languages) out.language.push({ id: uuid('language', `${s.id}:${name}`), service_id: id, name });
    for (const areaId of s.wholeArea ? ['all'] : s.areas) {
      const term = taxonomy.areas.find((a) => a.id === areaId);
      out.service_area.push({ id: uuid('service_area', `${s.id}:${areaId}`), service_id: id, name: term?.label ?? WHOLE_AREA.name, description: term?.description ?? WHOLE_AREA.description });
    }
    for (const [type, ids] of [['category', s.categories], ['need', s.needs]] as const) {
      for (const t of ids) out.attribute.push({ id: uuid('attribute', `${s.id}:${type}:${t}`), link_id: id, link_type: 'service', link_entity: 'service', taxonomy_term_id: termId(type, t) });
    }
    const hasAddress = s.address !== undefined || s.postcode !== undefined;
    // HSDS keeps access details and map positions on a location, so a service with either but no address still gets one.
    if (hasAddress || s.accessibility !== undefined || s.latitude !== undefined) {
      // Services at the same place share one location, as HSDS intends.
      const key = `${s.address ?? ''}|${s.postcode ?? ''}|${s.latitude ?? ''}|${s.longitude ?? ''}|${s.accessibility ?? ''}`;
      let location = locations.get(key);
      if (!location) {
        const { line, city } = splitAddress(s.address ?? '');
        location = { id: uuid('location', key), location_type: 'physical', ...optional('name', s.address?.split(',')[0]?.trim()), ...optional('latitude', s.latitude), ...optional('longitude', s.longitude) };
        locations.set(key, location);
        if (hasAddress) out.address.push({ id: uuid('address', key), location_id: location.id, address_1: line, city, state_province: '', postal_code: s.postcode ?? '', country: 'GB', address_type: 'physical' });
        if (s.accessibility !== undefined) out.accessibility.push({ id: uuid('accessibility', key), location_id: location.id, description: s.accessibility });
      }
      out.service_at_location.push({ id: uuid('service_at_location', s.id), service_id: id, location_id: location.id });
    }
  }
  out.organization = [...orgs.values()];
  out.location = [...locations.values()];
  return out;
}

export const OPEN_DATA_COLUMNS = [...SERVICES_COLUMN_ORDER, 'stale'] as const;

/**
 * One service as a flat row with the columns of data/services.csv (lists
 * joined with "; "), plus `stale` (yes/no), for `toCsv` from csv.ts.
 */
export function toServiceCsvRow(s: Service): Record<(typeof OPEN_DATA_COLUMNS)[number], string | number> {
  return {
    id: s.id,
    name: s.name,
    organisation: s.organisation,
    description: s.description,
    categories: s.categories.join('; '),
    needs: s.needs.join('; '),
    age_min: s.age_min,
    age_max: s.age_max,
    area: s.wholeArea ? 'all' : s.areas.join('; '),
    address: s.address ?? '',
    postcode: s.postcode ?? '',
    latitude: s.latitude ?? '',
    longitude: s.longitude ?? '',
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    cost: s.cost ?? '',
    cost_details: s.cost_details ?? '',
    opening_times: s.opening_times ?? '',
    referral: s.referral ?? '',
    accessibility: s.accessibility ?? '',
    languages: s.languages.join('; '),
    last_reviewed: s.last_reviewed ?? '',
    for: s.for,
    stale: s.last_reviewed === undefined ? '' : s.stale ? 'yes' : 'no',
  };
}
