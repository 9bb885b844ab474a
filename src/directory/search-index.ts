/**
 * The services directory's compact index and facet filters. Built at build
 * time from the checked services, shipped as JSON, and read again by the
 * browser directory script, so this module uses no Node APIs and imports only
 * types from the CSV readers.
 */
import type { Service } from './services';
import type { Taxonomy, TaxonomyTerm } from './taxonomy';
import { AUDIENCES, COSTS, DEFAULT_AUDIENCE, REFERRALS, type Audience, type Cost, type Referral } from './vocab';
import { browseCategories, categoriesOf } from './other-category';

/** A taxonomy term as the browser needs it: `[id, label, keywords]`. */
export type IndexTerm = [id: string, label: string, keywords: string[]];

/**
 * What the directory page loads as it opens: every field the filters and the
 * search need, one list per field (position i in each list is the same
 * service), which gzips far smaller than one row per service. Terms, cost,
 * referral and organisation are positions in the index's lists (-1: not
 * known). An empty area list means the whole local area, null that the file
 * does not say. A service with no category is in "Other", which the index's
 * categories then list (other-category.ts). Summaries come separately
 * ({@link DirectorySummaries}), only when the first search is drawn.
 */
export interface DirectoryIndex {
  /** Format version, bumped if the layout changes. */
  v: 3;
  /** Names the summaries that belong to this index (a hash of their text). */
  key: string;
  categories: IndexTerm[];
  needs: IndexTerm[];
  areas: IndexTerm[];
  /** Each organisation once: many services share one. */
  organisations: string[];
  services: {
    id: string[];
    name: string[];
    organisation: number[];
    categories: number[][];
    needs: number[][];
    ageMin: number[];
    ageMax: number[];
    areas: (number[] | null)[];
    cost: number[];
    referral: number[];
    district: string[];
    latitude: (number | null)[];
    longitude: (number | null)[];
    /** Who each service is for: positions in AUDIENCES. */
    for: number[];
    /** Positions of the services with no address to go to. */
    noAddress: number[];
    /** `[position, who gets it free]` for each service that is free for some. */
    conditions: [number, string][];
  };
}

/** Each service's summary, in the index's order: `/services/summaries.json`. */
export interface DirectorySummaries {
  v: 3;
  /** The same as the index's `key`, so a stale copy is never matched to the wrong services. */
  key: string;
  summaries: string[];
}

/** One service as the directory script works with it. */
export interface DirectoryEntry {
  id: string;
  name: string;
  organisation: string;
  /** The first sentence or so of the description. */
  summary: string;
  categories: string[];
  /** Empty means the service is for any need. */
  needs: string[];
  ageMin: number;
  ageMax: number;
  /** Empty when `wholeArea` is true, or when the area is not known. */
  areas: string[];
  wholeArea: boolean;
  /** Undefined when not known: such a service matches no cost filter. */
  cost?: Cost | undefined;
  /** For a service that is free for some: who gets it free, in full. */
  condition?: string;
  /** Undefined when not known: such a service matches no referral filter. */
  referral?: Referral | undefined;
  /** Who it is for: the child or young person, parents and carers, siblings, young carers or the family. */
  for: Audience;
  /** No address to go to (phone, online, or comes to you): said instead of a distance. */
  noAddress: boolean;
  district?: string;
  latitude?: number;
  longitude?: number;
}

export const SUMMARY_LENGTH = 120;

/**
 * The description cut to its first sentence, or to whole words within `max`
 * characters with an ellipsis, so result lists stay scannable.
 */
export function summarise(description: string, max = SUMMARY_LENGTH): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const sentence = text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function indexTerms(terms: readonly TaxonomyTerm[]): IndexTerm[] {
  return terms.map((t) => [t.id, t.label, t.keywords]);
}

/** 4 decimal places is about 10 metres: plenty for "near me", and shorter JSON. */
function round4(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

/** A short, stable hash (FNV-1a, 32 bits) of some text: enough to tell two builds' summaries apart. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Every service's summary, in the order of the index built from the same services. */
export function buildSummaries(services: readonly Service[], summaryLength = SUMMARY_LENGTH): DirectorySummaries {
  const summaries = services.map((s) => (summaryLength > 0 ? summarise(s.description, summaryLength) : ''));
  return { v: 3, key: hashText(JSON.stringify([services.map((s) => s.id), summaries])), summaries };
}

/** Builds the compact index from checked services. Ids not in the taxonomy are dropped (the reader has already reported them). */
export function buildDirectoryIndex(services: readonly Service[], taxonomy: Taxonomy, summaryLength = SUMMARY_LENGTH): DirectoryIndex {
  const position = (terms: readonly TaxonomyTerm[]) => new Map(terms.map((t, i) => [t.id, i]));
  const categories = browseCategories(taxonomy.categories, services);
  const cat = position(categories);
  const need = position(taxonomy.needs);
  const area = position(taxonomy.areas);
  const positions = (ids: readonly string[], map: Map<string, number>) => ids.flatMap((id) => map.get(id) ?? []);
  const organisations = [...new Set(services.map((s) => s.organisation))];
  const organisation = new Map(organisations.map((o, i) => [o, i]));
  return {
    v: 3,
    key: buildSummaries(services, summaryLength).key,
    categories: indexTerms(categories),
    needs: indexTerms(taxonomy.needs),
    areas: indexTerms(taxonomy.areas),
    organisations,
    services: {
      id: services.map((s) => s.id),
      name: services.map((s) => s.name),
      organisation: services.map((s) => organisation.get(s.organisation)!),
      categories: services.map((s) => positions(categoriesOf(s), cat)),
      needs: services.map((s) => positions(s.needs, need)),
      ageMin: services.map((s) => s.age_min),
      ageMax: services.map((s) => s.age_max),
      areas: services.map((s) => (s.wholeArea ? [] : s.areas.length === 0 ? null : positions(s.areas, area))),
      cost: services.map((s) => (s.cost === undefined ? -1 : COSTS.indexOf(s.cost))),
      referral: services.map((s) => (s.referral === undefined ? -1 : REFERRALS.indexOf(s.referral))),
      district: services.map((s) => s.district ?? ''),
      latitude: services.map((s) => (s.latitude === undefined ? null : round4(s.latitude))),
      longitude: services.map((s) => (s.longitude === undefined ? null : round4(s.longitude))),
      for: services.map((s) => AUDIENCES.indexOf(s.for)),
      noAddress: services.flatMap((s, i) => (s.address === undefined && s.postcode === undefined ? [i] : [])),
      conditions: services.flatMap((s, i): [number, string][] => (s.cost === 'free-for-some' && s.cost_details ? [[i, s.cost_details]] : [])),
    },
  };
}

/**
 * Turns the compact lists back into readable entries (a few milliseconds for
 * 5,000). Summaries are empty until {@link addSummaries} fills them.
 */
export function decodeIndex(index: DirectoryIndex, summaries?: DirectorySummaries): DirectoryEntry[] {
  const ids = (positions: readonly number[], terms: readonly IndexTerm[]) => positions.flatMap((p) => terms[p]?.[0] ?? []);
  const s = index.services;
  const noAddress = new Set(s.noAddress);
  const conditions = new Map(s.conditions);
  const entries = s.id.map((id, i) => {
    const areas = s.areas[i];
    const entry: DirectoryEntry = {
      id,
      name: s.name[i] ?? '',
      organisation: index.organisations[s.organisation[i] ?? -1] ?? '',
      summary: '',
      categories: ids(s.categories[i] ?? [], index.categories),
      needs: ids(s.needs[i] ?? [], index.needs),
      ageMin: s.ageMin[i] ?? 0,
      ageMax: s.ageMax[i] ?? 0,
      areas: ids(areas ?? [], index.areas),
      wholeArea: areas?.length === 0,
      for: AUDIENCES[s.for[i] ?? -1] ?? DEFAULT_AUDIENCE,
      noAddress: noAddress.has(i),
    };
    const cost = COSTS[s.cost[i] ?? -1];
    if (cost !== undefined) entry.cost = cost;
    const referral = REFERRALS[s.referral[i] ?? -1];
    if (referral !== undefined) entry.referral = referral;
    const condition = conditions.get(i);
    if (condition !== undefined) entry.condition = condition;
    const district = s.district[i] ?? '';
    if (district !== '') entry.district = district;
    const latitude = s.latitude[i] ?? null;
    const longitude = s.longitude[i] ?? null;
    if (latitude !== null && longitude !== null) {
      entry.latitude = latitude;
      entry.longitude = longitude;
    }
    return entry;
  });
  if (summaries) addSummaries(index, entries, summaries);
  return entries;
}

/** Fills the entries' summaries in place; false (and nothing changed) if they are from another build. */
export function addSummaries(index: Pick<DirectoryIndex, 'key'>, entries: readonly DirectoryEntry[], summaries: DirectorySummaries): boolean {
  if (summaries.key !== index.key || summaries.summaries.length !== entries.length) return false;
  entries.forEach((e, i) => (e.summary = summaries.summaries[i] ?? ''));
  return true;
}

/** The facets a family can choose. Within a facet any choice matches; across facets all must. */
export interface DirectoryFilters {
  /** The child's age, 7: services whose age range includes it. */
  age?: number | undefined;
  need?: readonly string[] | undefined;
  category?: readonly string[] | undefined;
  area?: readonly string[] | undefined;
  cost?: readonly Cost[] | undefined;
  /** `self` means "I can contact them myself": services taking self referrals or either. */
  referral?: readonly Referral[] | undefined;
  /** Who it is for; a service for the whole family matches every choice. */
  for?: readonly Audience[] | undefined;
}

function anyOf(chosen: readonly string[] | undefined, has: readonly string[]): boolean {
  return chosen === undefined || chosen.length === 0 || chosen.some((c) => has.includes(c));
}

/** Whether one entry passes every chosen facet. */
export function matchesFilters(e: DirectoryEntry, f: DirectoryFilters): boolean {
  if (f.age !== undefined && (f.age < e.ageMin || f.age > e.ageMax)) return false;
  // A service with no needs listed is for any need, so it matches every need.
  if (e.needs.length > 0 && !anyOf(f.need, e.needs)) return false;
  if (!anyOf(f.category, e.categories)) return false;
  if (!e.wholeArea && !anyOf(f.area, e.areas)) return false;
  // A cost or referral that is not known matches no choice: "Free" shows only services known to be free.
  if (f.cost && f.cost.length > 0 && (e.cost === undefined || !f.cost.includes(e.cost))) return false;
  if (f.referral && f.referral.length > 0 && (e.referral === undefined || (e.referral !== 'either' && !f.referral.includes(e.referral)))) return false;
  if (f.for && f.for.length > 0 && e.for !== 'families' && !f.for.includes(e.for)) return false;
  return true;
}

/** Applies the facets. Cheap (a linear scan), so it runs before the fuzzy text search. */
export function filterEntries<T extends DirectoryEntry>(entries: readonly T[], filters: DirectoryFilters): T[] {
  return entries.filter((e) => matchesFilters(e, filters));
}

/** "12 services match", for a live region that screen readers announce. */
export function resultsSentence(count: number): string {
  if (count === 0) return 'No services match';
  if (count === 1) return '1 service matches';
  return `${new Intl.NumberFormat('en-GB').format(count)} services match`;
}

/** What to say under "No services match": practical next steps. */
export const NO_RESULTS_HELP = 'Try fewer words, check the spelling, or remove a filter.';
