/**
 * "Did you mean …?": the one suggester for typed names (columns, ids, terms),
 * so every message suggests in the same way.
 */
import { closest, distance } from 'fastest-levenshtein';

export interface SuggestOptions {
  /** Compare ignoring case, and return the known spelling (`a2` → `A2`). */
  ignoreCase?: boolean;
  /** Suggest the nearest even when it is far off (for short lists of ids). Otherwise only a likely typo. */
  always?: boolean;
}

/** The numbers in a name, in order: `ehcp.2026-10.issued` → 2026 10. */
const numbers = (s: string) => (s.match(/\d+/g) ?? []).join(' ');

/**
 * The nearest known value, if it is close enough to be a likely typo (or
 * always, if asked). Never one with other numbers in it: `ehcp.2023-10.issued`
 * for `ehcp.2026-10.issued`, or area A2 for A3, is another year or another
 * thing, not the same one spelt right.
 */
export function closestMatch(unknown: string, known: readonly string[], options: SuggestOptions = {}): string | undefined {
  const fold = (s: string) => (options.ignoreCase ? s.toLowerCase() : s);
  const candidates = known.filter((k) => numbers(k) === numbers(unknown));
  if (candidates.length === 0) return undefined;
  const folded = candidates.map(fold);
  const best = closest(fold(unknown), folded);
  if (!options.always && distance(fold(unknown), best) > Math.max(2, Math.floor(best.length / 3))) return undefined;
  return candidates[folded.indexOf(best)];
}
