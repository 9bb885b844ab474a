/**
 * Turning pagefind results into safe, plain pieces for the search page.
 * Pagefind's excerpts are HTML with the matched words in <mark>; nothing else
 * from them may reach the page as markup.
 */
import { searchClient } from '../config/strings/en-search';
import { fill, pluralForm, type PluralForms } from '../core/text';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few character references pagefind writes, and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into text and highlighted text. Every tag other than
 * <mark> and </mark> is dropped, so the parts can be written to the page as
 * text nodes and <mark> elements and never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark\s*>)/i)) {
    if (/^<mark\s*>$/i.test(token)) marked = true;
    else if (/^<\/mark\s*>$/i.test(token)) marked = false;
    else {
      const text = decodeEntities(token.replace(/<[^>]*>?/g, ''));
      if (text === '') continue;
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** The sentences the search script writes, in one language (`strings.search.client` and its translations). */
export interface SearchClientStrings {
  /** The language, for plural rules and numbers: `en-GB`, `pl`. */
  locale: string;
  count: PluralForms;
  none: string;
  showingFirst: string;
  failed: string;
  types: Readonly<Record<string, string>>;
}

/** English, built into the script; translated search pages pass their own on the form. */
export const ENGLISH_SEARCH: SearchClientStrings = { locale: 'en-GB', ...searchClient };

/**
 * The sentence read out when results change, e.g. "3 results for ‘tribunal’".
 * In a translated page the query is isolated (U+2068…U+2069), so English words
 * typed into Urdu or Arabic text keep their own direction.
 */
export function resultCountText(count: number, query: string, s: SearchClientStrings = ENGLISH_SEARCH): string {
  const q = s.locale === ENGLISH_SEARCH.locale ? query.trim() : `\u2068${query.trim()}\u2069`;
  if (count === 0) return fill(s.none, { query: q });
  const n = new Intl.NumberFormat(s.locale, { numberingSystem: 'latn' }).format(count);
  return fill(pluralForm(s.count, count, s.locale), { count: n, query: q });
}

/** The search words from a page address's query string (`?q=…`), or '' if there are none. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** Places to look instead when search cannot run (no JavaScript), in order of usefulness. */
export const SEARCH_ALTERNATIVES: readonly { href: string; label: string }[] = [
  { href: '/guides/', label: 'guides for parents, carers and young people' },
  { href: '/services/', label: 'the directory of services' },
  { href: '/glossary/', label: 'what the words mean (the glossary)' },
  { href: '/updates/', label: 'news and updates' },
  { href: '/data/', label: 'figures and progress' },
];

/** The alternatives whose pages this site has (`has`: is the page built?), so a link is never broken. */
export function availableAlternatives(has: (href: string) => boolean): { href: string; label: string }[] {
  return SEARCH_ALTERNATIVES.filter((a) => has(a.href));
}
