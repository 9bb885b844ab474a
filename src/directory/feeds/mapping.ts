/**
 * Reading `data/directory-mapping.csv`: which of our categories, needs and
 * areas each of the feed's taxonomy terms stands for, and what to write when
 * the feed is silent about something our directory needs (rows whose
 * `feed_term` starts with `default:`). A person decides both; the importer
 * never guesses.
 */
import { z } from 'zod';
import { readCsvBytes } from '../../core/csv';
import { optionalText, semicolonList, text } from '../../core/fields';
import { problem, type Checked, type DataProblem } from '../../core/problems';
import { findDuplicates, quoteAsTyped, validateRows, type WithRow } from '../../core/validate';
import { matchTerm, TERM_TYPES, type Taxonomy } from '../taxonomy';
import { AGE_LIMIT, COSTS, REFERRALS, type Cost, type Referral } from '../vocab';
import type { FeedService } from './feed-service';
import { DIRECTORY_FILES } from '../files';

export const MAPPING_COLUMNS = { required: ['feed_term', 'maps_to'], optional: ['feed_label'] } as const;

export const mappingRowSchema = z.object({
  /** The feed's term exactly as the import report lists it, e.g. `esdServiceType:160`, or `default:cost`. */
  feed_term: text,
  /** The feed's name for the term, for people reading the file; not used by the importer. */
  feed_label: optionalText,
  /** Our category, need or area ids (or `all`), `;`-separated. Blank: the term is known and deliberately not used. */
  maps_to: semicolonList,
});

export type MappingRow = z.output<typeof mappingRowSchema>;

/** What one feed term stands for in our taxonomy. */
export interface TermTarget {
  categories: string[];
  needs: string[];
  areas: string[];
  /** Mapped to `all`: the whole local area. */
  wholeArea: boolean;
}

export const DEFAULT_KEYS = ['cost', 'referral', 'area', 'age_min', 'age_max'] as const;
export type DefaultKey = (typeof DEFAULT_KEYS)[number];

/** What to write when the feed does not say. */
export interface MappingDefaults {
  cost?: Cost;
  referral?: Referral;
  area?: TermTarget;
  age_min?: number;
  age_max?: number;
}

export interface DirectoryMapping {
  /** Keyed by the feed term in lower case: feeds are not consistent about case. */
  terms: Map<string, TermTarget>;
  defaults: MappingDefaults;
}

export const EMPTY_MAPPING: DirectoryMapping = { terms: new Map(), defaults: {} };

function resolveTargets(row: WithRow<MappingRow>, file: string, taxonomy: Taxonomy): { target: TermTarget; problems: DataProblem[] } {
  const target: TermTarget = { categories: [], needs: [], areas: [], wholeArea: false };
  const problems: DataProblem[] = [];
  const lists = { category: target.categories, need: target.needs, area: target.areas };
  for (const raw of row.maps_to) {
    if (raw.toLowerCase() === 'all') {
      target.wholeArea = true;
      continue;
    }
    const type = TERM_TYPES.find((t) => matchTerm(taxonomy, t, raw).ok);
    if (type !== undefined) {
      const match = matchTerm(taxonomy, type, raw);
      if (match.ok && !lists[type].includes(match.id)) lists[type].push(match.id);
      continue;
    }
    const suggestion = TERM_TYPES.map((t) => matchTerm(taxonomy, t, raw)).find((m) => !m.ok && m.suggestion !== undefined);
    problems.push(
      problem({
        file,
        row: row.row,
        column: 'maps_to',
        value: row.maps_to.join('; '),
        expected: `ids from data/${DIRECTORY_FILES.taxonomy} (categories, needs or areas) or all, but "${raw}" is not one`,
        fix: suggestion && !suggestion.ok && suggestion.suggestion ? `Did you mean ${suggestion.suggestion}?` : `Add the term to data/${DIRECTORY_FILES.taxonomy} first, or leave maps_to blank to ignore the feed term.`,
      }),
    );
  }
  return { target, problems };
}

function readDefault(key: DefaultKey, row: WithRow<MappingRow>, file: string, taxonomy: Taxonomy, defaults: MappingDefaults): DataProblem[] {
  const value = row.maps_to.join('; ');
  const fail = (expected: string) => [problem({ file, row: row.row, column: 'maps_to', value, expected })];
  if (key === 'area') {
    const { target, problems } = resolveTargets(row, file, taxonomy);
    if (problems.length === 0 && target.categories.length + target.needs.length > 0) return fail(`area ids from data/${DIRECTORY_FILES.taxonomy}, or all`);
    defaults.area = target;
    return problems;
  }
  if (key === 'age_min' || key === 'age_max') {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > AGE_LIMIT) return fail(`an age in whole years from 0 to ${AGE_LIMIT}`);
    defaults[key] = n;
    return [];
  }
  const allowed: readonly string[] = key === 'cost' ? COSTS : REFERRALS;
  const word = value.toLowerCase();
  if (!allowed.includes(word)) return fail(`one of: ${allowed.join(', ')}`);
  if (key === 'cost') defaults.cost = word as Cost;
  else defaults.referral = word as Referral;
  return [];
}

/**
 * A feed's service area named like one of our areas ("Marston", or its id)
 * stands for it without a row in the mapping; a row in the mapping always wins.
 */
export function withAreaNames(mapping: DirectoryMapping, feed: readonly Pick<FeedService, 'areas'>[], taxonomy: Taxonomy): DirectoryMapping {
  const terms = new Map(mapping.terms);
  for (const area of feed.flatMap((s) => s.areas)) {
    const key = area.key.toLowerCase();
    if (terms.has(key)) continue;
    const match = matchTerm(taxonomy, 'area', area.label);
    if (match.ok) terms.set(key, { categories: [], needs: [], areas: [match.id], wholeArea: false });
  }
  return { ...mapping, terms };
}

/** Reads the mapping against the taxonomy; every problem in every row is reported. */
export function readMapping(bytes: Uint8Array, file: string, taxonomy: Taxonomy): Checked<DirectoryMapping> {
  const { table, problems } = readCsvBytes(bytes, file, MAPPING_COLUMNS);
  for (const r of table.rows) r.cells['feed_label'] ??= '';
  const { records, problems: rowProblems } = validateRows(table, mappingRowSchema, file);
  problems.push(...rowProblems, ...findDuplicates(records, (r) => r.feed_term.toLowerCase(), file, 'feed_term', 'feed term'));
  const mapping: DirectoryMapping = { terms: new Map(), defaults: {} };
  for (const row of records) {
    const term = row.feed_term.trim();
    if (term.toLowerCase().startsWith('default:')) {
      const key = term.slice('default:'.length).trim().toLowerCase();
      if (!(DEFAULT_KEYS as readonly string[]).includes(key)) {
        problems.push(problem({ file, row: row.row, column: 'feed_term', value: term, expected: `one of ${DEFAULT_KEYS.map((k) => `default:${k}`).join(', ')}`, fix: 'Rows starting default: say what to write when the feed is silent.' }));
        continue;
      }
      problems.push(...readDefault(key as DefaultKey, row, file, taxonomy, mapping.defaults));
      continue;
    }
    const { target, problems: targetProblems } = resolveTargets(row, file, taxonomy);
    problems.push(...targetProblems);
    mapping.terms.set(term.toLowerCase(), target);
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { value: mapping, problems: quoteAsTyped(problems, { file, table }) };
}
