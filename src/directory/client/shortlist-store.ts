/** The shortlist in localStorage. Storage can be switched off or full; then the shortlist simply lasts for this page. */
import { parseShortlist, serialiseShortlist, SHORTLIST_KEY, toggleShortlist } from '../shortlist';

let memory: string[] | undefined;

export function readShortlist(): string[] {
  try {
    return parseShortlist(window.localStorage.getItem(SHORTLIST_KEY));
  } catch {
    return memory ?? [];
  }
}

export function writeShortlist(ids: readonly string[]): void {
  memory = [...ids];
  try {
    window.localStorage.setItem(SHORTLIST_KEY, serialiseShortlist(ids));
  } catch {
    // Private browsing or storage switched off: keep it in memory for this page.
  }
}

export function toggleSaved(id: string): boolean {
  const next = toggleShortlist(readShortlist(), id);
  writeShortlist(next);
  return next.includes(id);
}
