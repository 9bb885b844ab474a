/**
 * Outpost (the directory behind Buckinghamshire's, and others') API records.
 * The list envelope looks like ORUK 1.0, but the records are Outpost's own:
 * `min_age`, `organisation`, `locations[].geometry`, `mask_exact_address`,
 * `taxonomies[]`, `send_needs[]`, `regular_schedules[]`, `needs_referral`, `free`.
 */
import type { FeedLocation, FeedService, FeedTerm } from './feed-service';
import { bool, datePart, isObject, num, objects, str, type JsonObject } from './json';
import { readWeekdaySchedule } from './schedule-read';

/** True when a record has fields only Outpost uses. */
export function looksLikeOutpost(record: JsonObject): boolean {
  return ['send_needs', 'organisation', 'min_age', 'local_offer', 'needs_referral'].some((k) => k in record);
}

/** Outpost's age bands, used only when `min_age` and `max_age` are both blank. */
const AGE_BANDS: Record<string, [number, number]> = {
  age_band_under_2: [0, 1],
  age_band_2: [2, 2],
  age_band_3_4: [3, 4],
  age_band_5_7: [5, 7],
  age_band_8_plus: [8, 25],
  age_band_all: [0, 25],
};

function ages(r: JsonObject): { ageMin?: number; ageMax?: number } {
  const min = num(r['min_age']);
  const max = num(r['max_age']);
  if (min !== undefined || max !== undefined) return { ...(min === undefined ? {} : { ageMin: min }), ...(max === undefined ? {} : { ageMax: max }) };
  const bands = Object.entries(AGE_BANDS).filter(([k]) => bool(r[k]) === true).map(([, band]) => band);
  if (bands.length === 0) return {};
  return { ageMin: Math.min(...bands.map((b) => b[0])), ageMax: Math.max(...bands.map((b) => b[1])) };
}

function location(l: JsonObject): FeedLocation {
  const geometry = isObject(l['geometry']) ? l['geometry'] : undefined;
  const coordinates = Array.isArray(geometry?.['coordinates']) ? (geometry['coordinates'] as unknown[]) : [];
  // GeoJSON order is longitude, latitude.
  const longitude = num(coordinates[0]);
  const latitude = num(coordinates[1]);
  return {
    name: str(l['name']),
    lines: [str(l['address_1']), str(l['address_2'])].filter((x): x is string => x !== undefined),
    city: str(l['city']),
    postcode: str(l['postal_code']),
    latitude,
    longitude,
    masked: bool(l['mask_exact_address']) === true,
    accessibility: objects(l['accessibilities']).map((a) => str(a['name']) ?? str(a['label'])).filter((x): x is string => x !== undefined),
  };
}

function terms(list: unknown, prefix: string): FeedTerm[] {
  return objects(list).flatMap((t) => {
    const slug = str(t['slug']) ?? str(t['id']);
    const label = str(t['name']) ?? str(t['label']) ?? slug;
    return slug === undefined || label === undefined ? [] : [{ key: `${prefix}:${slug}`, label }];
  });
}

/** Outpost hides a service outside its `visible_from`/`visible_to` dates. */
function status(r: JsonObject, today: string): string | undefined {
  const from = datePart(r['visible_from']);
  const to = datePart(r['visible_to']);
  if (to !== undefined && to < today) return `hidden since ${to} (visible_to)`;
  if (from !== undefined && from > today) return `not shown until ${from} (visible_from)`;
  return str(r['status']);
}

export function readOutpostService(r: JsonObject, feedId: string, today: string): FeedService {
  const organisation = isObject(r['organisation']) ? r['organisation'] : {};
  const contacts = objects(r['contacts']);
  const needsReferral = bool(r['needs_referral']);
  const cost = objects(r['cost_options']).map((c) => ({ option: str(c['option']), amount: num(c['amount']), description: str(c['cost_type']) }));
  return {
    feedId,
    name: str(r['name']),
    organisation: str(organisation['name']),
    description: str(r['description']),
    status: status(r, today),
    ...ages(r),
    website: str(r['url']),
    emails: contacts.map((c) => str(c['email'])).filter((x): x is string => x !== undefined),
    phones: contacts.map((c) => str(c['phone'])).filter((x): x is string => x !== undefined),
    locations: objects(r['locations']).map(location),
    cost: { free: bool(r['free']), options: cost },
    ...(needsReferral === undefined ? {} : { referral: needsReferral ? 'professional' : 'self' }),
    schedules: objects(r['regular_schedules']).flatMap(readWeekdaySchedule),
    terms: [...terms(r['taxonomies'], 'outpostTaxonomy'), ...terms(r['send_needs'], 'outpostSendNeed')],
    areas: [],
    languages: [],
    lastReviewed: datePart(r['updated_at']),
  };
}
