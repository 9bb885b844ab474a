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

/** The nearest known value, if it is close enough to be a likely typo (or always, if asked). */
export function closestMatch(unknown: string, known: readonly string[], options: SuggestOptions = {}): string | undefined {
  if (known.length === 0) return undefined;
  const fold = (s: string) => (options.ignoreCase ? s.toLowerCase() : s);
  const folded = known.map(fold);
  const best = closest(fold(unknown), folded);
  if (!options.always && distance(fold(unknown), best) > Math.max(2, Math.floor(best.length / 3))) return undefined;
  return known[folded.indexOf(best)];
}
