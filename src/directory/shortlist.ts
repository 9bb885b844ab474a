import { withBase } from '../core/base-path';
/**
 * The shortlist: service ids a family has saved, kept only in their browser
 * (localStorage). Pure functions over the stored text, so a damaged or
 * hand-edited value never breaks a page.
 */

/** Service ids are slugs (see taxonomy.ts); the same rule, without pulling the CSV reader into the browser. */
const isSlug = (v: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);

export const SHORTLIST_KEY = 'local-offer-shortlist';
/** Enough for any family; stops a runaway value filling storage. */
export const SHORTLIST_LIMIT = 100;

/** Reads the stored text: a JSON array of service ids. Anything else reads as an empty list. */
export function parseShortlist(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const ids = value.filter((v): v is string => typeof v === 'string' && isSlug(v));
  return [...new Set(ids)].slice(0, SHORTLIST_LIMIT);
}

export function serialiseShortlist(ids: readonly string[]): string {
  return JSON.stringify([...new Set(ids)].slice(0, SHORTLIST_LIMIT));
}

/** Adds the id if it is missing (newest last), removes it if present. */
export function toggleShortlist(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id].slice(-SHORTLIST_LIMIT);
}

/** "You have 3 services in your shortlist." */
export function shortlistSentence(count: number): string {
  if (count === 0) return 'Your shortlist is empty.';
  return `You have ${count} ${count === 1 ? 'service' : 'services'} in your shortlist.`;
}

/** The address parameter that carries a shared shortlist: `?ids=a,b,c`. */
export const SHARED_PARAM = 'ids';

/** The page address that opens the same shortlist on any device: the ids in the address, nothing stored anywhere. */
export function shortlistLink(pageUrl: string, ids: readonly string[]): string {
  const url = new URL(withBase('/services/shortlist/'), pageUrl);
  url.search = ids.length === 0 ? '' : `?${SHARED_PARAM}=${[...new Set(ids)].slice(0, SHORTLIST_LIMIT).join(',')}`;
  return url.href;
}

/** The ids in a shared shortlist's address, or undefined when the address has none (then the page shows this browser's own). */
export function sharedIds(search: string): string[] | undefined {
  const raw = new URLSearchParams(search).get(SHARED_PARAM);
  if (raw === null) return undefined;
  return parseShortlist(JSON.stringify(raw.split(/[,\s]+/).map((id) => id.trim().toLowerCase())));
}

/** Adds shared ids to a shortlist, keeping its own first and each id once. */
export function mergeShortlists(own: readonly string[], shared: readonly string[]): string[] {
  return [...new Set([...own, ...shared])].slice(0, SHORTLIST_LIMIT);
}

/**
 * An email (a `mailto:` link with no address, so the family chooses who to
 * send it to) listing each service with its page, and the link that opens the
 * same shortlist, as Outpost's Scout directory does.
 */
export function shortlistEmailHref(services: readonly { id: string; name: string }[], pageUrl: string, siteName: string): string {
  const lines = services.map((s, i) => `${i + 1}. ${s.name}\n   ${new URL(withBase(`/services/${s.id}/`), pageUrl).href}`);
  const subject = `Services I saved from the ${siteName}`;
  const body = [`${subject}:`, '', ...lines, '', 'Open the same shortlist:', shortlistLink(pageUrl, services.map((s) => s.id)), ''].join('\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** "A shortlist of 3 services was shared with you." */
export function sharedSentence(count: number, missing: number): string {
  const list = count === 0 ? 'This shared shortlist has no services in it.' : `A shortlist of ${count} ${count === 1 ? 'service' : 'services'} was shared with you.`;
  return missing === 0 ? list : `${list} ${missing === 1 ? '1 service in the link is' : `${missing} services in the link are`} no longer in the directory.`;
}
