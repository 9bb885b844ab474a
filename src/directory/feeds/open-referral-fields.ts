/**
 * The fields that Open Referral's JSON layouts (HSDS 3.0 and ORUK 1.0) name
 * alike, read once for both readers (hsds3.ts, oruk1.ts).
 */
import type { FeedService, FeedTerm } from './feed-service';
import { isObject, num, objects, str, type JsonObject } from './json';

/** Its id in the feed, name, organisation, description, status and website. */
export function sharedFields(r: JsonObject, feedId: string): Pick<FeedService, 'feedId' | 'name' | 'organisation' | 'description' | 'status' | 'website'> {
  const organisation = isObject(r['organization']) ? r['organization'] : {};
  return { feedId, name: str(r['name']), organisation: str(organisation['name']), description: str(r['description']), status: str(r['status']), website: str(r['url']) };
}

/** Each cost option: its kind, amount and words. */
export function costOptions(r: JsonObject): FeedService['cost']['options'] {
  return objects(r['cost_options']).map((c) => ({ option: str(c['option']), amount: num(c['amount']), description: str(c['amount_description']) }));
}

/** The service's areas as terms (`area:<name>`), each named by the first of `names` it has. */
export function areaTerms(r: JsonObject, names: readonly string[]): FeedTerm[] {
  return objects(r['service_areas']).flatMap((a) => {
    const name = names.map((n) => str(a[n])).find((x) => x !== undefined);
    return name === undefined ? [] : [{ key: `area:${name}`, label: name }];
  });
}
