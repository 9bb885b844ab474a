/** The jargon buster's A to Z: glossary entries grouped under their first letter. */
import type { GlossaryEntry } from './glossary';

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;

export interface LetterGroup<T> {
  /** "A" to "Z", or "#" for terms that start with a number or symbol. */
  letter: string;
  /** The id of the letter's heading on the page: `letter-a`, `letter-other`. */
  id: string;
  entries: T[];
}

/** The letter a term is filed under: its first letter without accents, or "#". */
export function letterOf(term: string): string {
  const first = term.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * Every letter A to Z in order, each with its entries A to Z by term (letters
 * with none have an empty list, so the jump list can show them unlinked), then
 * a "#" group if any term starts with something other than a letter.
 */
export function glossaryByLetter<T extends Pick<GlossaryEntry, 'term'>>(entries: readonly T[]): LetterGroup<T>[] {
  const byTerm = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  const groups: LetterGroup<T>[] = ALPHABET.map((letter) => ({ letter, id: `letter-${letter.toLowerCase()}`, entries: [] }));
  const other: LetterGroup<T> = { letter: '#', id: 'letter-other', entries: [] };
  for (const entry of byTerm) {
    const letter = letterOf(entry.term);
    (groups.find((g) => g.letter === letter) ?? other).entries.push(entry);
  }
  return other.entries.length > 0 ? [...groups, other] : groups;
}
