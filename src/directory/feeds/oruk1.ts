/**
 * Open Referral UK 1.0 (HSDS 1.1 with the UK extensions) service records:
 * ages in `eligibilitys[]`, addresses in
 * `service_at_locations[].location.physical_addresses[]`, terms in
 * `service_taxonomys[].taxonomy`, opening in `regular_schedules[]`.
 */
import type { FeedLocation, FeedService, FeedTerm } from './feed-service';
import { datePart, isObject, num, objects, str, unique, type JsonObject } from './json';
import { readWeekdaySchedule } from './schedule-read';
import { areaTerms, costOptions, sharedFields } from './open-referral-fields';
import { canonicalTermKey } from './term-keys';

/** True when a record has fields only ORUK 1.0 uses. */
export function looksLikeOruk1(record: JsonObject): boolean {
  return ['service_taxonomys', 'eligibilitys', 'regular_schedules', 'attending_access'].some((k) => k in record);
}

/**
 * ORUK recommends ids that carry their vocabulary (`esdServiceType:160`). When
 * a feed gives a bare id and a vocabulary, we put the two together the same way.
 */
export function oruk1TermKey(taxonomy: JsonObject): string | undefined {
  const id = str(taxonomy['id']);
  const vocabulary = str(taxonomy['vocabulary']);
  if (id === undefined) return undefined;
  return canonicalTermKey(id.includes(':') || vocabulary === undefined ? id : `${vocabulary}:${id}`);
}

function location(l: JsonObject): FeedLocation {
  const address = objects(l['physical_addresses'])[0] ?? {};
  return {
    name: str(l['name']),
    lines: ['address_1', 'address_2', 'address_3', 'address_4'].map((k) => str(address[k])).filter((x): x is string => x !== undefined),
    city: str(address['city']),
    postcode: str(address['postal_code']),
    latitude: num(l['latitude']),
    longitude: num(l['longitude']),
    masked: false,
    accessibility: objects(l['accessibility_for_disabilities']).map((a) => str(a['accessibility']) ?? str(a['details'])).filter((x): x is string => x !== undefined),
  };
}

function terms(r: JsonObject): FeedTerm[] {
  return objects(r['service_taxonomys']).flatMap((st) => {
    const taxonomy = isObject(st['taxonomy']) ? st['taxonomy'] : undefined;
    const key = taxonomy && oruk1TermKey(taxonomy);
    return taxonomy && key ? [{ key, label: str(taxonomy['name']) ?? key }] : [];
  });
}

function ages(r: JsonObject): { ageMin?: number; ageMax?: number } {
  const eligibility = objects(r['eligibilitys']);
  const mins = eligibility.map((e) => num(e['minimum_age'])).filter((n): n is number => n !== undefined);
  const maxes = eligibility.map((e) => num(e['maximum_age'])).filter((n): n is number => n !== undefined);
  return { ...(mins.length ? { ageMin: Math.min(...mins) } : {}), ...(maxes.length ? { ageMax: Math.max(...maxes) } : {}) };
}

const ACCESS_REFERRAL = { referral: 'professional', 'drop-in': 'self' } as const;

export function readOruk1Service(r: JsonObject, feedId: string): FeedService {
  const contacts = objects(r['contacts']);
  const phones = [...objects(r['phones']), ...contacts.flatMap((c) => objects(c['phones']))].map((p) => str(p['number']));
  const access = str(r['attending_access'])?.toLowerCase();
  const referral = access === 'referral' || access === 'drop-in' ? ACCESS_REFERRAL[access] : undefined;
  return {
    ...sharedFields(r, feedId),
    ...ages(r),
    emails: [str(r['email']), ...contacts.map((c) => str(c['email']))].filter((x): x is string => x !== undefined),
    phones: unique(phones.filter((x): x is string => x !== undefined)),
    locations: objects(r['service_at_locations']).flatMap((sal) => (isObject(sal['location']) ? [location(sal['location'])] : [])),
    cost: {
      options: costOptions(r),
      text: str(r['fees']),
    },
    ...(referral === undefined ? {} : { referral }),
    schedules: objects(r['regular_schedules']).flatMap(readWeekdaySchedule),
    terms: terms(r),
    areas: areaTerms(r, ['service_area', 'name']),
    languages: objects(r['languages']).map((l) => str(l['language']) ?? str(l['name'])).filter((x): x is string => x !== undefined),
    lastReviewed: datePart(r['assured_date']),
  };
}
