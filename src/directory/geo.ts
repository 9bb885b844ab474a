/**
 * "Near me" without sending anyone's location anywhere: a family types a
 * postcode or district, we look up the district's centre from
 * data/postcode-districts.csv and sort services by straight-line distance.
 * Pure functions only, so the browser directory script can use them.
 */

export interface LatLon {
  latitude: number;
  longitude: number;
}

/** The centre of a postcode district such as `NB3`. */
export interface District extends LatLon {
  district: string;
  /** Optional place name people know it by, e.g. "Riverside". */
  place?: string;
}

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_MILE = 1.609344;

/** Great-circle distance in kilometres (haversine formula). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

/** "about 2.5 miles" / "less than half a mile": distances as families say them. */
export function describeDistance(km: number): string {
  const miles = kmToMiles(km);
  if (miles < 0.5) return 'less than half a mile';
  if (miles < 10) return `about ${(Math.round(miles * 2) / 2).toString()} miles`.replace(/^about 1 miles$/, 'about 1 mile');
  return `about ${Math.round(miles)} miles`;
}

/**
 * The postcode district someone means: `NB3 4XY`, `nb34xy`, `NB3` and ` nb3 `
 * all give `NB3`. Returns undefined for anything that is not a UK postcode or
 * district in the standard format.
 */
export function parseDistrict(input: string): string | undefined {
  const t = input.trim().toUpperCase().replace(/\s+/g, ' ');
  const full = t.match(/^([A-Z]{1,2}[0-9][A-Z0-9]?) ?[0-9][A-Z]{2}$/);
  if (full) return full[1];
  const outward = t.match(/^[A-Z]{1,2}[0-9][A-Z0-9]?$/);
  return outward ? outward[0] : undefined;
}

export type Origin = { ok: true; district: string; point: LatLon } | { ok: false; message: string };

/** A postcode district of the area's own, for examples such as "the first part, such as BS1": the first in its data, or undefined when it has none (no "near me"). */
export function districtExample(districts: readonly Pick<District, 'district'>[]): string | undefined {
  return districts[0]?.district;
}

/** Where "near" means for what someone typed, or a plain-English reason we cannot tell. */
export function findOrigin(input: string, districts: readonly District[]): Origin {
  const district = parseDistrict(input);
  if (district === undefined) {
    const example = districtExample(districts);
    return { ok: false, message: `"${input.trim()}" does not look like a postcode. Enter your postcode${example ? `, or just the first part, such as ${example}` : ''}.` };
  }
  const found = districts.find((d) => d.district === district);
  if (!found) {
    return { ok: false, message: `We do not have ${district} on our map. Try a postcode in the local area${districts.length > 0 ? `, such as ${districtExample(districts)}` : ''}.` };
  }
  return { ok: true, district, point: { latitude: found.latitude, longitude: found.longitude } };
}

/** What a service needs for distance sorting: its own position, or its postcode district. */
export interface Locatable {
  latitude?: number | undefined;
  longitude?: number | undefined;
  district?: string | undefined;
}

/** A service's position: exact if given, else its district's centre, else unknown. */
export function positionOf(item: Locatable, districts: ReadonlyMap<string, LatLon>): LatLon | undefined {
  if (item.latitude !== undefined && item.longitude !== undefined) return { latitude: item.latitude, longitude: item.longitude };
  return item.district === undefined ? undefined : districts.get(item.district);
}

export function districtMap(districts: readonly District[]): Map<string, LatLon> {
  return new Map(districts.map((d) => [d.district, { latitude: d.latitude, longitude: d.longitude }]));
}

/**
 * Sorts nearest first. Items with no known position (online or phone-only
 * services) keep their order and go at the end with `distanceKm` undefined.
 */
export function sortByDistance<T extends Locatable>(
  items: readonly T[],
  origin: LatLon,
  districts: ReadonlyMap<string, LatLon>,
): { item: T; distanceKm: number | undefined }[] {
  const withDistance = items.map((item, index) => {
    const at = positionOf(item, districts);
    return { item, index, distanceKm: at === undefined ? undefined : haversineKm(origin, at) };
  });
  withDistance.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.index - b.index);
  return withDistance.map(({ item, distanceKm }) => ({ item, distanceKm }));
}
