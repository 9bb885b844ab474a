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
