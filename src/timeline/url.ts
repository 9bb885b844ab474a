/**
 * The request date in the timeline calculator's address
 * (`/tools/ehcp-timeline/?requested=2026-01-05`), so results can be
 * bookmarked, shared and restored.
 */

export const REQUESTED_PARAM = 'requested';

/** The raw `requested` value from a query string, or undefined if there is none. */
export function requestedFromSearch(search: string): string | undefined {
  const value = new URLSearchParams(search).get(REQUESTED_PARAM);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

/** The query string for a request date, keeping any other parameters: `?requested=2026-01-05`. */
export function searchWithRequested(search: string, date: string | undefined): string {
  const params = new URLSearchParams(search);
  if (date === undefined) params.delete(REQUESTED_PARAM);
  else params.set(REQUESTED_PARAM, date);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
