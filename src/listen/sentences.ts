/**
 * A block's text as sentences, each read as one utterance and highlighted
 * while it is read. The browser's own sentence rules (Intl.Segmenter) know
 * each language's full stops: Urdu's "۔", Arabic's "؟".
 */

/** One sentence: where it starts and ends in the block's text (trimmed of spaces), and its text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentence ends for browsers without Intl.Segmenter (Firefox before 125): . ! ? and the Arabic-script marks. */
const FALLBACK_END = /[.!?\u06D4\u061F\u061B…]+["'”’)\]]*\s+/g;

function rawSegments(text: string, lang: string): { index: number; segment: string }[] {
  if (typeof Intl.Segmenter === 'function') {
    return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => ({ index: s.index, segment: s.segment }));
  }
  const found: { index: number; segment: string }[] = [];
  let from = 0;
  for (const match of text.matchAll(FALLBACK_END)) {
    const to = match.index + match[0].length;
    found.push({ index: from, segment: text.slice(from, to) });
    from = to;
  }
  if (from < text.length) found.push({ index: from, segment: text.slice(from) });
  return found;
}

/** Titles before a name, which the sentence rules take for a full stop: "Ask Dr. Shah" is one sentence. */
const TITLE_AT_END = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Cllr)\.$/;

/** The sentences of `text` in language `lang`, in order; blank stretches are left out. */
export function sentences(text: string, lang: string): Sentence[] {
  const out: Sentence[] = [];
  let carry: number | undefined;
  for (const { index, segment } of rawSegments(text, lang)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = carry ?? index + lead;
    const end = index + lead + trimmed.length;
    if (TITLE_AT_END.test(trimmed) && end < text.trimEnd().length) {
      carry = start;
      continue;
    }
    carry = undefined;
    out.push({ start, end, text: text.slice(start, end) });
  }
  if (carry !== undefined) {
    const end = text.trimEnd().length;
    out.push({ start: carry, end, text: text.slice(carry, end) });
  }
  return out;
}
