/**
 * The words on a page a family may not know, explained from the jargon buster
 * near the top of the page: the abbreviations its texts use (EHC, SEND, DfE)
 * and the glossary's terms that hold one ("SEND Tribunal"). For pages whose
 * words come from data (the release calendar's dataset names, the comments
 * people sent), which cannot spell them out where they are first used.
 * Shown by ../components/WordsOnThisPage.astro.
 */
import { ABBREVIATION_ALLOW_LIST, abbreviationsIn } from './abbreviations';
import type { GlossaryEntry } from './glossary';
import { abbreviationPattern } from './glossary-links';

export interface ExplainedWord {
  /** As the page uses it: "EHC", or "SEND Tribunal". */
  word: string;
  /** "Education, health and care", or the first sentence of the meaning for a term with no short form. */
  explanation: string;
  /** The glossary entry's anchor. */
  slug: string;
}

const firstSentence = (meaning: string) => /^.*?[.!?](?=\s|$)/u.exec(meaning.trim())?.[0] ?? meaning.trim();

/** Terms (with a capitalised short form in them) and abbreviations the texts use, each once, in the order they first appear. */
export function explainedWords(texts: readonly string[], entries: readonly GlossaryEntry[]): ExplainedWord[] {
  const all = texts.join('\n');
  const found: { at: number; word: ExplainedWord }[] = [];
  const termsUsed = entries.filter((e) => !e.abbreviation && abbreviationsIn(e.term).length > 0 && all.toLowerCase().includes(e.term.toLowerCase()));
  for (const e of termsUsed) found.push({ at: all.toLowerCase().indexOf(e.term.toLowerCase()), word: { word: e.term, explanation: firstSentence(e.meaning), slug: e.slug } });
  for (const entry of entries) {
    if (!entry.abbreviation || ABBREVIATION_ALLOW_LIST.includes(entry.abbreviation)) continue;
    const at = all.search(abbreviationPattern([entry.abbreviation])!);
    if (at >= 0) found.push({ at, word: { word: entry.abbreviation, explanation: entry.term, slug: entry.slug } });
  }
  return found.sort((a, b) => a.at - b.at || b.word.word.length - a.word.word.length).map((f) => f.word);
}
