/**
 * The services directory's compact index and facet filters. Built at build
 * time from the checked services, shipped as JSON, and read again by the
 * browser directory script, so this module uses no Node APIs and imports only
 * types from the CSV readers.
 */
import type { District } from './geo';
import type { Service } from './services';
import type { Taxonomy, TaxonomyTerm } from './taxonomy';
import { COSTS, REFERRALS, type Cost, type Referral } from './vocab';

/** A taxonomy term as the browser needs it: `[id, label, keywords]`. */
export type IndexTerm = [id: string, label: string, keywords: string[]];

/**
 * One service as a tuple, to keep the JSON small at thousands of services.
 * Terms, cost and referral are stored as positions in the index's lists.
 * An empty area list means the whole local area.
 */
export type IndexRow = [
  id: string,
  name: string,
  organisation: string,
  summary: string,
  categories: number[],
  needs: number[],
  ageMin: number,
  ageMax: number,
  areas: number[],
  cost: number,
  referral: number,
  district: string,
  latitude: number | null,
  longitude: number | null,
];

/** The JSON the build writes and the browser reads. */
export interface DirectoryIndex {
  /** Format version, bumped if the row layout changes. */
  v: 1;
  categories: IndexTerm[];
  needs: IndexTerm[];
  areas: IndexTerm[];
  rows: IndexRow[];
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
  /** Empty when `wholeArea` is true. */
  areas: string[];
  wholeArea: boolean;
  cost: Cost;
  referral: Referral;
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

/** Builds the compact index from checked services. Ids not in the taxonomy are dropped (the reader has already reported them). */
export function buildDirectoryIndex(services: readonly Service[], taxonomy: Taxonomy, summaryLength = SUMMARY_LENGTH): DirectoryIndex {
  const position = (terms: readonly TaxonomyTerm[]) => new Map(terms.map((t, i) => [t.id, i]));
  const cat = position(taxonomy.categories);
  const need = position(taxonomy.needs);
  const area = position(taxonomy.areas);
  const positions = (ids: readonly string[], map: Map<string, number>) => ids.flatMap((id) => map.get(id) ?? []);
  const rows = services.map((s): IndexRow => [
    s.id,
    s.name,
    s.organisation,
    summaryLength > 0 ? summarise(s.description, summaryLength) : '',
    positions(s.categories, cat),
    positions(s.needs, need),
    s.age_min,
    s.age_max,
    s.wholeArea ? [] : positions(s.areas, area),
    COSTS.indexOf(s.cost),
    REFERRALS.indexOf(s.referral),
    s.district ?? '',
    s.latitude === undefined ? null : round4(s.latitude),
    s.longitude === undefined ? null : round4(s.longitude),
  ]);
  return { v: 1, categories: indexTerms(taxonomy.categories), needs: indexTerms(taxonomy.needs), areas: indexTerms(taxonomy.areas), rows };
}

/** Turns the compact rows back into readable entries (a few milliseconds for 5,000). */
export function decodeIndex(index: DirectoryIndex): DirectoryEntry[] {
  const ids = (positions: readonly number[], terms: readonly IndexTerm[]) => positions.flatMap((p) => terms[p]?.[0] ?? []);
  return index.rows.map((row) => {
    const [id, name, organisation, summary, categories, needs, ageMin, ageMax, areas, cost, referral, district, latitude, longitude] = row;
    const entry: DirectoryEntry = {
      id,
      name,
      organisation,
      summary,
      categories: ids(categories, index.categories),
      needs: ids(needs, index.needs),
      ageMin,
      ageMax,
      areas: ids(areas, index.areas),
      wholeArea: areas.length === 0,
      cost: COSTS[cost] ?? 'varies',
      referral: REFERRALS[referral] ?? 'either',
    };
    if (district !== '') entry.district = district;
    if (latitude !== null && longitude !== null) {
      entry.latitude = latitude;
      entry.longitude = longitude;
    }
    return entry;
  });
}

/** The facets a family can choose. Within a facet any choice matches; across facets all must. */
export interface DirectoryFilters {
  /** "My child is 7": services whose age range includes it. */
  age?: number | undefined;
  need?: readonly string[] | undefined;
  category?: readonly string[] | undefined;
  area?: readonly string[] | undefined;
  cost?: readonly Cost[] | undefined;
  /** `self` means "I can contact them myself": services taking self referrals or either. */
  referral?: readonly Referral[] | undefined;
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
  if (f.cost && f.cost.length > 0 && !f.cost.includes(e.cost)) return false;
  if (f.referral && f.referral.length > 0 && e.referral !== 'either' && !f.referral.includes(e.referral)) return false;
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

export interface DirectoryData {
  services: Service[];
  taxonomy: Taxonomy;
  districts: District[];
  /** Paths of the files the directory came from. */
  files: { services: string; taxonomy: string; districts: string };
}
