/**
 * HSDS 3.0 and the Open Referral UK 3.0 profile: a service with its
 * organization, locations (`service_at_locations[].location.addresses[]`),
 * contacts, schedules, `attributes[].taxonomy_term` and ages on the service.
 * The tabular package is joined into this same shape first (tabular.ts).
 */
import type { FeedLocation, FeedService, FeedTerm } from './feed-service';
import { referralFromProcess } from './hsds-words';
import { datePart, first, isObject, num, objects, str, unique, type JsonObject } from './json';
import { readWeekdaySchedule } from './schedule-read';
import { areaTerms, costOptions, sharedFields } from './open-referral-fields';
import { canonicalTermKey, isEsdKey } from './term-keys';

function location(l: JsonObject): FeedLocation {
  const addresses = objects(l['addresses']);
  const address = addresses.find((a) => str(a['address_type']) === 'physical') ?? addresses[0] ?? {};
  return {
    name: str(l['name']),
    lines: ['address_1', 'address_2'].map((k) => str(address[k])).filter((x): x is string => x !== undefined),
    city: str(address['city']),
    postcode: str(address['postal_code']),
    latitude: num(l['latitude']),
    longitude: num(l['longitude']),
    masked: false,
    accessibility: objects(l['accessibility']).map((a) => str(a['description']) ?? str(a['accessibility']) ?? str(a['details'])).filter((x): x is string => x !== undefined),
  };
}

/** A term's key is its `code` (HSDS 3.0), or its id when it has none (the UK profile has no code). */
export function hsdsTermKey(term: JsonObject): FeedTerm | undefined {
  const raw = str(term['code']) ?? str(term['id']);
  if (raw === undefined) return undefined;
  // A term of the LGA lists is keyed the way ORUK recommends, however the feed spells it: a bare code with its taxonomy, or its web address.
  const vocabulary = str(term['taxonomy']) ?? str(term['vocabulary']);
  const spellings = [raw.includes(':') || vocabulary === undefined ? raw : `${vocabulary}:${raw}`, str(term['term_uri']) ?? ''].map(canonicalTermKey);
  return { key: spellings.find(isEsdKey) ?? raw, label: str(term['name']) ?? str(term['term']) ?? raw };
}

function terms(r: JsonObject): FeedTerm[] {
  return objects(r['attributes']).flatMap((a) => {
    const term = isObject(a['taxonomy_term']) ? hsdsTermKey(a['taxonomy_term']) : undefined;
    const id = str(a['taxonomy_term_id']);
    return term ? [term] : id ? [{ key: id, label: id }] : [];
  });
}

function phones(...holders: JsonObject[]): string[] {
  return holders.flatMap((h) => [...objects(h['phones']), ...objects(h['contacts']).flatMap((c) => objects(c['phones']))]).map((p) => str(p['number'])).filter((x): x is string => x !== undefined);
}

/** The same schedule is often given on the service, its location and the link between them: once is enough. */
function byId(records: JsonObject[]): JsonObject[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const id = str(r['id']);
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function lastChecked(r: JsonObject): string | undefined {
  const metadata = objects(r['metadata']).map((m) => datePart(m['last_action_date'])).filter((d): d is string => d !== undefined).sort();
  return first(datePart(r['assured_date']), datePart(r['last_modified']), metadata[metadata.length - 1]);
}

export function readHsds3Service(r: JsonObject, feedId: string): FeedService {
  const links = objects(r['service_at_locations']);
  const locations = links.flatMap((sal) => (isObject(sal['location']) ? [sal['location']] : []));
  const contacts = [r, ...links, ...locations].flatMap((h) => objects(h['contacts']));
  return {
    ...sharedFields(r, feedId),
    ageMin: num(r['minimum_age']),
    ageMax: num(r['maximum_age']),
    emails: unique([str(r['email']), ...contacts.map((c) => str(c['email']))].filter((x): x is string => x !== undefined)),
    phones: unique(phones(r, ...links, ...locations)),
    locations: locations.map(location),
    cost: {
      options: costOptions(r),
      text: str(r['fees_description']) ?? str(r['fees']),
    },
    referral: referralFromProcess(str(r['application_process'])),
    schedules: byId([r, ...links, ...locations].flatMap((h) => objects(h['schedules']))).flatMap(readWeekdaySchedule),
    terms: terms(r),
    areas: areaTerms(r, ['name', 'service_area']),
    languages: objects(r['languages']).map((l) => str(l['name']) ?? str(l['code'])).filter((x): x is string => x !== undefined),
    lastReviewed: lastChecked(r),
  };
}
