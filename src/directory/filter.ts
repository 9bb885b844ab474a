/**
 * Typo-tolerant free-text search over the directory, fast enough to run on
 * every keystroke on an old phone.
 *
 * Why it is shaped like this (a naive Fuse.js over names and full
 * descriptions took 150 ms to 1.4 s per query at 5,000 services):
 * - facets are applied first, so only the filtered subset is searched;
 * - Fuse searches the distinct words of names and organisations (a few
 *   thousand short strings) and each word points to the services using it;
 * - what a service is *about* comes from its categories and needs, so the
 *   taxonomy's labels and keywords (about 30 terms) are searched once per word
 *   instead of once per service;
 * - each word is searched on its own, and a service must match every word
 *   (in its name, organisation or terms), so adding a word narrows results.
 */
import Fuse from 'fuse.js';
import { matchesFilters, resultsSentence, type DirectoryEntry, type DirectoryFilters, type IndexTerm } from './search-index';
import { filtersOf, type DirectoryQuery } from './url';
import { districtMap, findOrigin, sortByDistance, type District, type Locatable } from './geo';

/** Fuse's score runs from 0 (exact) to 1; matches worse than this are dropped. */
const THRESHOLD = 0.34;
/** A match on a service's terms ranks a little below the same match on its name. */
const TERM_PENALTY = 0.1;
/** Words shorter than this are matched exactly (fuzzy "OT" would match almost anything). */
const FUZZY_MIN_LENGTH = 4;
/** A service for any need (no needs listed) matches a need word, but below services that name that need. */
const ANY_NEED_PENALTY = 0.25;
/** A word in the organisation's name counts a little less than one in the service's own name. */
const ORGANISATION_PENALTY = 0.05;
/** The query word found exactly inside a longer word that starts differently. */
const PART_WORD_SCORE = 0.05;
/**
 * With words and a postcode, results go by how well they match first, then by
 * distance: scores within one band this wide count as equally good matches
 * (an exact name match and a typo of it are in different bands).
 */
export const MATCH_BAND = 0.1;

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'for', 'of', 'to', 'in', 'on', 'at', 'or', 'with', 'my', 'me', 'is', 'are', 'who', 'near', 'help', 'service', 'services']);

/** Query text → the words worth searching for. */
export function queryWords(q: string): string[] {
  const words = q
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  return [...new Set(words)];
}

function tokens(text: string): string[] {
  return queryWords(text);
}

interface TermDoc {
  type: 'category' | 'need';
  id: string;
  label: string;
  keywords: string[];
  tokens: Set<string>;
}

const FUSE_BASE = { threshold: THRESHOLD, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 } as const;

/** Which entries (by position) use a word in their name, and which in their organisation. */
interface Posting {
  name: number[];
  organisation: number[];
}

/** Everything that can be worked out once per index rather than once per keystroke. */
export interface PreparedDirectory<T extends DirectoryEntry = DirectoryEntry> {
  entries: readonly T[];
  terms: TermDoc[];
  termFuse: Fuse<TermDoc>;
  /** Every distinct word of every name and organisation, with the entries that use it. */
  vocabulary: Map<string, Posting>;
  /**
   * Fuse over the distinct words, one per first letter: a typo rarely changes
   * the first letter, and searching one letter's words keeps a keystroke fast
   * even with 15,000 distinct words.
   */
  vocabularyFuse: Map<string, Fuse<string>>;
  /** The distinct words, for exact part-word matches ("therapy" in "physiotherapy"). */
  words: string[];
  /**
   * Each entry's place in A to Z order, worked out once: sorting thousands of
   * names with localeCompare on every keystroke took most of the time.
   */
  rank: Int32Array;
  /** Entry positions in A to Z order. */
  byName: number[];
  /** Each entry's categories and needs as positions in `terms`, so scoring a word makes no strings. */
  entryTerms: Int32Array[];
  /** 1 for an entry with no needs listed (it is for any need). */
  anyNeed: Uint8Array;
  /** The last facet filtering, kept while someone types words with the same facets. */
  facetCache?: { key: string; alive: number[] };
}

/** The same order as the A to Z pages: case and accents ignored, numbers in number order. */
const NAME_ORDER = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

export function prepareDirectory<T extends DirectoryEntry>(
  entries: readonly T[],
  taxonomy: { categories: readonly IndexTerm[]; needs: readonly IndexTerm[] },
): PreparedDirectory<T> {
  const terms: TermDoc[] = [
    ...taxonomy.categories.map(([id, label, keywords]) => ({ type: 'category' as const, id, label, keywords })),
    ...taxonomy.needs.map(([id, label, keywords]) => ({ type: 'need' as const, id, label, keywords })),
  ].map((t) => ({ ...t, tokens: new Set(tokens([t.id.replace(/-/g, ' '), t.label, ...t.keywords].join(' '))) }));
  const termFuse = new Fuse(terms, { ...FUSE_BASE, keys: [{ name: 'label', weight: 2 }, { name: 'keywords', weight: 1 }] });
  const vocabulary = new Map<string, Posting>();
  const post = (word: string, field: keyof Posting, i: number) => {
    const posting = vocabulary.get(word) ?? { name: [], organisation: [] };
    if (posting[field].at(-1) !== i) posting[field].push(i);
    vocabulary.set(word, posting);
  };
  entries.forEach((e, i) => {
    for (const w of tokens(e.name)) post(w, 'name', i);
    for (const w of tokens(e.organisation)) post(w, 'organisation', i);
  });
  const words = [...vocabulary.keys()];
  const byInitial = new Map<string, string[]>();
  for (const w of words) byInitial.set(w[0]!, [...(byInitial.get(w[0]!) ?? []), w]);
  const vocabularyFuse = new Map([...byInitial].map(([initial, list]) => [initial, new Fuse(list, FUSE_BASE)]));
  const byName = entries.map((_, i) => i).sort((a, b) => NAME_ORDER.compare(entries[a]!.name, entries[b]!.name) || a - b);
  const rank = new Int32Array(entries.length);
  byName.forEach((entry, position) => (rank[entry] = position));
  const termPosition = new Map(terms.map((t, i) => [`${t.type}:${t.id}`, i]));
  const entryTerms = entries.map(
    (e) => new Int32Array([...e.categories.map((id) => `category:${id}`), ...e.needs.map((id) => `need:${id}`)].flatMap((key) => termPosition.get(key) ?? [])),
  );
  const anyNeed = Uint8Array.from(entries, (e) => (e.needs.length === 0 ? 1 : 0));
  return { entries, terms, termFuse, vocabulary, vocabularyFuse, words, rank, byName, entryTerms, anyNeed };
}

/** Best score per term (by position in `terms`) for one word, lower is better; Infinity for no match. */
function termScores<T extends DirectoryEntry>(prepared: PreparedDirectory<T>, word: string): Float64Array {
  const scores = new Float64Array(prepared.terms.length).fill(Infinity);
  if (word.length < FUZZY_MIN_LENGTH) {
    prepared.terms.forEach((t, i) => {
      if (t.tokens.has(word)) scores[i] = 0;
    });
    return scores;
  }
  for (const r of prepared.termFuse.search(word)) {
    // Fuse combines keys after its own threshold, so a weak match can come back; drop it here.
    const score = r.score ?? 0;
    if (score <= THRESHOLD && score < scores[r.refIndex]!) scores[r.refIndex] = score;
  }
  return scores;
}

/** Best score per entry (by position in `entries`) for one word against names and organisations; Infinity for no match. */
function nameScores<T extends DirectoryEntry>(prepared: PreparedDirectory<T>, word: string): Float64Array {
  const matches: { word: string; score: number }[] = [];
  if (word.length < FUZZY_MIN_LENGTH) {
    if (prepared.vocabulary.has(word)) matches.push({ word, score: 0 });
  } else {
    for (const r of prepared.vocabularyFuse.get(word[0]!)?.search(word) ?? []) {
      if ((r.score ?? 0) <= THRESHOLD) matches.push({ word: r.item, score: r.score ?? 0 });
    }
    for (const w of prepared.words) if (w[0] !== word[0] && w.includes(word)) matches.push({ word: w, score: PART_WORD_SCORE });
  }
  const scores = new Float64Array(prepared.entries.length).fill(Infinity);
  for (const m of matches) {
    const posting = prepared.vocabulary.get(m.word)!;
    for (const i of posting.name) if (m.score < scores[i]!) scores[i] = m.score;
    const org = m.score + ORGANISATION_PENALTY;
    for (const i of posting.organisation) if (org < scores[i]!) scores[i] = org;
  }
  return scores;
}

/** An entry's best score among its own terms; a service for any need also matches a need word, a little lower. */
function bestTermScore(terms: Int32Array, anyNeed: boolean, scores: Float64Array, bestNeed: number): number {
  let best = Infinity;
  for (let k = 0; k < terms.length; k++) {
    const s = scores[terms[k]!]!;
    if (s < best) best = s;
  }
  if (best === Infinity && anyNeed) return bestNeed + ANY_NEED_PENALTY;
  return best;
}

/** Entry positions passing the facets, A to Z; the same facets while typing are worked out once. */
function facetFiltered<T extends DirectoryEntry>(prepared: PreparedDirectory<T>, filters: DirectoryFilters): number[] {
  const key = JSON.stringify(filters);
  if (prepared.facetCache?.key !== key) {
    // Walking the entries in A to Z order means the filtered list needs no sorting.
    prepared.facetCache = { key, alive: prepared.byName.filter((i) => matchesFilters(prepared.entries[i]!, filters)) };
  }
  return prepared.facetCache.alive;
}

export interface SearchHit<T extends DirectoryEntry = DirectoryEntry> {
  entry: T;
  /** 0 is a perfect match; only used for ordering. */
  score: number;
}

/**
 * Facets first, then the words. With no words, every filtered entry is returned
 * in name order; with words, best matches first.
 */
export function searchDirectory<T extends DirectoryEntry>(prepared: PreparedDirectory<T>, q: string, filters: DirectoryFilters = {}): SearchHit<T>[] {
  const { entries, rank, entryTerms, anyNeed } = prepared;
  let alive = facetFiltered(prepared, filters);
  const words = queryWords(q).slice(0, 8);
  if (words.length === 0) return alive.map((i) => ({ entry: entries[i]!, score: 0 }));
  const totals = new Float64Array(entries.length);
  for (const word of words) {
    const byName = nameScores(prepared, word);
    const byTerm = termScores(prepared, word);
    let bestNeed = Infinity;
    prepared.terms.forEach((t, k) => {
      if (t.type === 'need' && byTerm[k]! < bestNeed) bestNeed = byTerm[k]!;
    });
    const next: number[] = [];
    for (const i of alive) {
      const n = byName[i]!;
      const t = bestTermScore(entryTerms[i]!, anyNeed[i] === 1, byTerm, bestNeed);
      if (n === Infinity && t === Infinity) continue;
      // Matching in the name and in what the service is about is the strongest signal.
      totals[i] = totals[i]! + (n !== Infinity && t !== Infinity ? Math.min(n, t) / 2 : n !== Infinity ? n : t + TERM_PENALTY);
      next.push(i);
    }
    alive = next;
    if (alive.length === 0) break;
  }
  return alive
    .map((i) => ({ i, entry: entries[i]!, score: totals[i]! / words.length }))
    .sort((a, b) => a.score - b.score || rank[a.i]! - rank[b.i]!)
    .map(({ entry, score }) => ({ entry, score }));
}

export interface DirectoryResults<T extends DirectoryEntry = DirectoryEntry> {
  hits: (SearchHit<T> & { distanceKm?: number | undefined })[];
  /** "12 services match", for the live region. */
  sentence: string;
  /** Why "near" could not be used, in plain English, if it could not. */
  nearProblem?: string;
}

/**
 * The band a score falls in, for ordering by match and then distance: 0 for the
 * best matches. The small allowance keeps 0.1 in band 1, not in band 0 or 2.
 */
export function matchBand(score: number): number {
  return Math.floor(score / MATCH_BAND + 1e-9);
}

/**
 * Orders hits with a known distance: with typed words, by how well they match
 * (in bands) and then nearest first; with no words, nearest first. Services
 * with no known place come last in their band, keeping their order.
 */
export function nearestWithinMatch<H extends { score: number; distanceKm?: number | undefined }>(hits: readonly H[], byMatch: boolean): H[] {
  const order = hits.map((hit, index) => ({ hit, index, band: byMatch ? matchBand(hit.score) : 0 }));
  order.sort((a, b) => a.band - b.band || (a.hit.distanceKm ?? Infinity) - (b.hit.distanceKm ?? Infinity) || a.index - b.index);
  return order.map((o) => o.hit);
}

/**
 * Everything the directory page does for one query: facets, words, and then,
 * if a postcode was given, nearest first (services with no address last). With
 * words typed too, the best matches come first and distance orders each band.
 */
export function runDirectoryQuery<T extends DirectoryEntry>(
  prepared: PreparedDirectory<T>,
  query: DirectoryQuery,
  districts: readonly District[],
): DirectoryResults<T> {
  const hits = searchDirectory(prepared, query.q, filtersOf(query));
  const sentence = resultsSentence(hits.length);
  if (query.near === undefined) return { hits, sentence };
  const origin = findOrigin(query.near, districts);
  if (!origin.ok) return { hits, sentence, nearProblem: origin.message };
  const measured = sortByDistance(hits.map((h) => ({ ...h, ...locatable(h.entry) })), origin.point, districtMap(districts));
  const withDistance = measured.map(({ item, distanceKm }) => ({ entry: item.entry, score: item.score, distanceKm }));
  return { hits: nearestWithinMatch(withDistance, queryWords(query.q).length > 0), sentence };
}

function locatable(e: DirectoryEntry): Locatable {
  return { latitude: e.latitude, longitude: e.longitude, district: e.district };
}
