/**
 * Open data for the directory: Open Referral UK / HSDS 3 style JSON (tables as
 * arrays, as in the HSDS tabular data package) and a flat CSV with the same
 * columns as data/services.csv, so a download can be read straight back in.
 */
import { SERVICES_COLUMN_ORDER, type Service } from './services';
import { slugify } from '../core/slug';
import type { Taxonomy, TermType } from './taxonomy';

/**
 * HSDS ids are UUIDs. We derive them from our stable slugs (FNV-1a hashing,
 * laid out as an RFC 9562 version 8 UUID), so the same service keeps the same
 * UUID in every export without storing one in the CSV.
 */
export function stableUuid(name: string): string {
  const hex: string[] = [];
  for (let seed = 0; seed < 4; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < name.length; i++) {
      h ^= name.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    hex.push((h >>> 0).toString(16).padStart(8, '0'));
  }
  const s = hex.join('').split('');
  s[12] = '8';
  s[16] = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
  const t = s.join('');
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20, 32)}`;
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
  fees_description?: string;
  minimum_age: number;
  maximum_age: number;
  /** The date the entry was last checked (HSDS `assured_date`). */
  assured_date: string;
  /** Our own id, so records can be traced to data/services.csv. */
  alternate_name?: string;
  application_process: string;
}
export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  latitude?: number;
  longitude?: number;
}
export interface HsdsAddress { id: string; location_id: string; address_1: string; city: string; postal_code: string; country: 'GB'; address_type: 'physical' }
export interface HsdsServiceAtLocation { id: string; service_id: string; location_id: string }
export interface HsdsPhone { id: string; service_id: string; number: string }
export interface HsdsSchedule { id: string; service_id: string; description: string }
export interface HsdsLanguage { id: string; service_id: string; name: string }
export interface HsdsAccessibility { id: string; location_id: string; description: string }
export interface HsdsServiceArea { id: string; service_id: string; name: string; description: string }
export interface HsdsCostOption { id: string; service_id: string; option: string; amount_description?: string }
export interface HsdsTaxonomy { id: string; name: string; description: string }
export interface HsdsTaxonomyTerm { id: string; code: string; name: string; description: string; taxonomy_id: string; term: string }
export interface HsdsAttribute { id: string; link_id: string; link_type: 'service'; link_entity: 'service'; taxonomy_term_id: string }

/** The whole directory as HSDS 3 tables. */
export interface HsdsDataset {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  addresses: HsdsAddress[];
  service_at_locations: HsdsServiceAtLocation[];
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  languages: HsdsLanguage[];
  accessibility: HsdsAccessibility[];
  service_areas: HsdsServiceArea[];
  cost_options: HsdsCostOption[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  attributes: HsdsAttribute[];
}

const TAXONOMY_NAMES: Record<Exclude<TermType, 'area'>, { name: string; description: string }> = {
  category: { name: 'Local Offer service categories', description: 'Kinds of service in the SEND Local Offer directory.' },
  need: { name: 'Local Offer needs', description: 'Kinds of special educational need or disability a service is for.' },
};

const REFERRAL_TEXT = {
  self: 'Families and young people can contact the service themselves.',
  professional: 'A professional, such as a GP, health visitor, school or social worker, needs to make the referral.',
  either: 'Families can contact the service themselves, or a professional can refer.',
} as const;

/** Everything after the first comma of an address is taken as the town, e.g. "4 Chapel Street, Northbrook" → "Northbrook". */
function splitAddress(address: string): { line: string; city: string } {
  const parts = address.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return parts.length < 2 ? { line: address, city: '' } : { line: parts.slice(0, -1).join(', '), city: parts[parts.length - 1]! };
}

export function toOpenReferral(services: readonly Service[], taxonomy: Taxonomy): HsdsDataset {
  const out: HsdsDataset = {
    organizations: [], services: [], locations: [], addresses: [], service_at_locations: [], phones: [], schedules: [],
    languages: [], accessibility: [], service_areas: [], cost_options: [], taxonomies: [], taxonomy_terms: [], attributes: [],
  };
  const termId = (type: TermType, id: string) => stableUuid(`taxonomy_term:${type}:${id}`);
  for (const type of ['category', 'need'] as const) {
    const taxonomyId = stableUuid(`taxonomy:${type}`);
    out.taxonomies.push({ id: taxonomyId, ...TAXONOMY_NAMES[type] });
    for (const t of type === 'category' ? taxonomy.categories : taxonomy.needs) {
      out.taxonomy_terms.push({ id: termId(type, t.id), code: t.id, name: t.label, term: t.label, description: t.description, taxonomy_id: taxonomyId });
    }
  }
  const orgs = new Map<string, HsdsOrganization>();
  const locations = new Map<string, HsdsLocation>();
  for (const s of services) {
    const orgKey = slugify(s.organisation);
    const org = orgs.get(orgKey) ?? { id: stableUuid(`organization:${orgKey}`), name: s.organisation, description: s.organisation };
    if (org.website === undefined && s.website !== undefined) org.website = new URL(s.website).origin;
    orgs.set(orgKey, org);
    const id = stableUuid(`service:${s.id}`);
    out.services.push({
      id,
      organization_id: org.id,
      name: s.name,
      alternate_name: s.id,
      description: s.description,
      ...(s.website === undefined ? {} : { url: s.website }),
      ...(s.email === undefined ? {} : { email: s.email }),
      status: 'active',
      ...(s.cost_details === undefined ? {} : { fees_description: s.cost_details }),
      minimum_age: s.age_min,
      maximum_age: s.age_max,
      assured_date: s.last_reviewed,
      application_process: REFERRAL_TEXT[s.referral],
    });
    out.cost_options.push({ id: stableUuid(`cost_option:${s.id}`), service_id: id, option: s.cost, ...(s.cost_details === undefined ? {} : { amount_description: s.cost_details }) });
    if (s.phone !== undefined) out.phones.push({ id: stableUuid(`phone:${s.id}`), service_id: id, number: s.phone });
    if (s.opening_times !== undefined) out.schedules.push({ id: stableUuid(`schedule:${s.id}`), service_id: id, description: s.opening_times });
    for (const name of s.languages) out.languages.push({ id: stableUuid(`language:${s.id}:${name}`), service_id: id, name });
    const areaIds = s.wholeArea ? ['all'] : s.areas;
    for (const areaId of areaIds) {
      const term = taxonomy.areas.find((a) => a.id === areaId);
      out.service_areas.push({
        id: stableUuid(`service_area:${s.id}:${areaId}`),
        service_id: id,
        name: term?.label ?? 'The whole local area',
        description: term?.description ?? 'Available across the whole local area.',
      });
    }
    for (const [type, ids] of [['category', s.categories], ['need', s.needs]] as const) {
      for (const t of ids) {
        out.attributes.push({ id: stableUuid(`attribute:${s.id}:${type}:${t}`), link_id: id, link_type: 'service', link_entity: 'service', taxonomy_term_id: termId(type, t) });
      }
    }
    if (s.address !== undefined || s.postcode !== undefined) {
      // Services at the same address share one location, as HSDS intends.
      const key = `${s.address ?? ''}|${s.postcode ?? ''}`;
      let location = locations.get(key);
      if (!location) {
        const locationId = stableUuid(`location:${key}`);
        location = { id: locationId, location_type: 'physical', name: s.address?.split(',')[0]?.trim() ?? s.postcode ?? '' };
        if (s.latitude !== undefined && s.longitude !== undefined) Object.assign(location, { latitude: s.latitude, longitude: s.longitude });
        locations.set(key, location);
        const { line, city } = splitAddress(s.address ?? '');
        out.addresses.push({ id: stableUuid(`address:${key}`), location_id: locationId, address_1: line, city, postal_code: s.postcode ?? '', country: 'GB', address_type: 'physical' });
        if (s.accessibility !== undefined) out.accessibility.push({ id: stableUuid(`accessibility:${key}`), location_id: locationId, description: s.accessibility });
      }
      out.service_at_locations.push({ id: stableUuid(`service_at_location:${s.id}`), service_id: id, location_id: location.id });
    }
  }
  out.organizations = [...orgs.values()];
  out.locations = [...locations.values()];
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
    cost: s.cost,
    cost_details: s.cost_details ?? '',
    opening_times: s.opening_times ?? '',
    referral: s.referral,
    accessibility: s.accessibility ?? '',
    languages: s.languages.join('; '),
    last_reviewed: s.last_reviewed,
    stale: s.stale ? 'yes' : 'no',
  };
}
