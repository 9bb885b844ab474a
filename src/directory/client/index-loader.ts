/**
 * Fetching the directory: the compact index as the page opens (names,
 * organisations and facets: all the search needs), and the summaries shown
 * on result cards only when the first search is drawn, so opening the page
 * downloads as little as it can.
 */
import type { DirectorySummaries } from '../search-index';
import type { DirectoryPayload } from '../payload';
import { withBase } from '../../core/base-path';
import { LocalOfferError } from '../../core/errors';

export const INDEX_URL = withBase('/services/index.json');
export const SUMMARIES_URL = withBase('/services/summaries.json');

/** The server answered, but not with the file. */
export class FetchError extends LocalOfferError {}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new FetchError(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export function fetchIndex(): Promise<DirectoryPayload> {
  return fetchJson<DirectoryPayload>(INDEX_URL);
}

const summaries = new Map<string, Promise<DirectorySummaries | undefined>>();

/**
 * The summaries that belong to an index (its `key` is in the address, so a
 * cache never pairs an old file with a new index). Fetched once; undefined if
 * they cannot be loaded, and cards are then shown without them.
 */
export function fetchSummaries(key: string): Promise<DirectorySummaries | undefined> {
  let found = summaries.get(key);
  if (!found) {
    found = fetchJson<DirectorySummaries>(`${SUMMARIES_URL}?key=${encodeURIComponent(key)}`).catch(() => undefined);
    summaries.set(key, found);
  }
  return found;
}
