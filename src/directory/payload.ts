/**
 * What `/services/index.json` holds: the compact directory index plus the
 * postcode district centres "near me" needs, so the browser makes one request.
 * Also sorting by a point (the browser's own location), which never leaves the page.
 */
import type { DirectoryEntry, DirectoryIndex } from './search-index';
import { nearestWithinMatch, type DirectoryResults } from './filter';
import { districtMap, sortByDistance, type District, type LatLon } from './geo';

/** `[district, latitude, longitude]`. */
export type IndexDistrict = [district: string, latitude: number, longitude: number];

export interface DirectoryPayload extends DirectoryIndex {
  districts: IndexDistrict[];
}

export function buildPayload(index: DirectoryIndex, districts: readonly District[]): DirectoryPayload {
  return { ...index, districts: districts.map((d) => [d.district, d.latitude, d.longitude]) };
}

export function payloadDistricts(payload: Pick<DirectoryPayload, 'districts'>): District[] {
  return (payload.districts ?? []).map(([district, latitude, longitude]) => ({ district, latitude, longitude }));
}

/**
 * Nearest first from a point, services with no known place last (as
 * runDirectoryQuery does for a postcode); with words typed (`byMatch`), the
 * best matches first and nearest first within them.
 */
export function nearestToPoint<T extends DirectoryEntry>(results: DirectoryResults<T>, point: LatLon, districts: readonly District[], byMatch = false): DirectoryResults<T> {
  const measured = sortByDistance(
    results.hits.map((h) => ({ hit: h, latitude: h.entry.latitude, longitude: h.entry.longitude, district: h.entry.district })),
    point,
    districtMap(districts),
  );
  return { ...results, hits: nearestWithinMatch(measured.map(({ item, distanceKm }) => ({ ...item.hit, distanceKm })), byMatch) };
}
