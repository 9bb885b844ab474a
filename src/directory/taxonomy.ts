/**
 * Reading and checking `data/taxonomy.csv`: the controlled lists of service
 * categories, needs and areas that `data/services.csv` must use, so filters
 * never show two spellings of the same thing.
 */
import { z } from 'zod';
import { slugify } from '../core/slug';
import { closestMatch } from '../core/suggest';
import { readCsvBytes } from '../core/csv';
import { oneOf, semicolonList, text } from '../core/fields';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { findDuplicates, quoteAsTyped, validateRows } from '../core/validate';

export const TERM_TYPES = ['category', 'need', 'area'] as const;
export type TermType = (typeof TERM_TYPES)[number];

export const TAXONOMY_COLUMNS = {
  required: ['type', 'id', 'label', 'description'],
  optional: ['keywords', 'schedule2'],
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(raw: string): boolean {
  return SLUG.test(raw);
}

/** A stable id: lower-case letters, digits and single hyphens. Explains the fix with a suggestion. */
export const slug = z.string().transform((raw, ctx) => {
  const t = raw.trim();
  if (!isSlug(t)) {
    const suggestion = slugify(t);
    ctx.addIssue({
      code: 'custom',
      message: `an id made of lower-case letters, numbers and hyphens, such as ${suggestion === '' ? 'speech-therapy' : suggestion}`,
    });
    return z.NEVER;
  }
  return t;
});

export const taxonomyTermSchema = z.object({
  /** Which list the term belongs to: `category` (kind of service), `need` (kind of SEND) or `area` (part of the local area). */
  type: oneOf(TERM_TYPES),
  /** Stable id used in services.csv and in web addresses, e.g. `speech-language-communication`. */
  id: slug,
  /** Plain-English name shown to families, e.g. "Speech, language and communication". */
  label: text,
  /** One or two sentences that explain the term and spell out any abbreviation. */
  description: text,
  /** Other words people search with, `;`-separated, e.g. `SALT; speech therapy`. */
  keywords: semicolonList,
  /** For categories: the paragraphs of Schedule 2 (what a Local Offer must include) that its services answer, `;`-separated, e.g. `sch2-1; sch2-15` (src/local-offer/). */
  schedule2: semicolonList,
});

export type TaxonomyTerm = z.output<typeof taxonomyTermSchema>;

/** The three controlled lists, each in file order. */
export interface Taxonomy {
  categories: TaxonomyTerm[];
  needs: TaxonomyTerm[];
  areas: TaxonomyTerm[];
}

export const TERM_TYPE_COLUMN: Record<TermType, string> = { category: 'categories', need: 'needs', area: 'area' };
const LIST_OF: Record<TermType, keyof Taxonomy> = { category: 'categories', need: 'needs', area: 'areas' };

export function termsOf(taxonomy: Taxonomy, type: TermType): TaxonomyTerm[] {
  return taxonomy[LIST_OF[type]];
}

export function findTerm(taxonomy: Taxonomy, type: TermType, id: string): TaxonomyTerm | undefined {
  return termsOf(taxonomy, type).find((t) => t.id === id);
}

/** The label for an id, or the id itself if it is not in the list (never a blank). */
export function labelOf(taxonomy: Taxonomy, type: TermType, id: string): string {
  return findTerm(taxonomy, type, id)?.label ?? id;
}

export type TermMatch = { ok: true; id: string } | { ok: false; suggestion?: string; otherType?: TermType };

const labelFormsCache = new WeakMap<readonly TaxonomyTerm[], { lower: string; slug: string }[]>();

/** Each term's label in lower case and as a slug, worked out once per list: every service's every cell is matched against them. */
function labelForms(terms: readonly TaxonomyTerm[]): { lower: string; slug: string }[] {
  let forms = labelFormsCache.get(terms);
  if (forms?.length !== terms.length) {
    forms = terms.map((t) => ({ lower: t.label.toLowerCase(), slug: slugify(t.label) }));
    labelFormsCache.set(terms, forms);
  }
  return forms;
}

/**
 * Finds the term someone meant: the id itself, or its label typed out
 * ("Short breaks" → `short-breaks`). If nothing matches, suggests the closest
 * id and notices a term put in the wrong column (a need typed as a category).
 */
export function matchTerm(taxonomy: Taxonomy, type: TermType, raw: string): TermMatch {
  const terms = termsOf(taxonomy, type);
  const asSlug = slugify(raw);
  const lower = raw.trim().toLowerCase();
  const labels = labelForms(terms);
  const found = terms.find((t, i) => t.id === asSlug || labels[i]!.lower === lower || labels[i]!.slug === asSlug);
  if (found) return { ok: true, id: found.id };
  const otherType = TERM_TYPES.find(
    (other) => other !== type && termsOf(taxonomy, other).some((t) => t.id === asSlug || slugify(t.label) === asSlug),
  );
  const candidates = terms.flatMap((t) => [t.id, slugify(t.label), ...t.keywords.map(slugify)]);
  const best = asSlug === '' ? undefined : closestMatch(asSlug, candidates);
  const suggestion = best === undefined ? undefined : terms.find((t) => t.id === best || slugify(t.label) === best || t.keywords.map(slugify).includes(best))?.id;
  return { ok: false, ...(suggestion === undefined ? {} : { suggestion }), ...(otherType === undefined ? {} : { otherType }) };
}

/** Reads the taxonomy file. Ids must be unique across the whole file, as they appear together in web addresses. */
export function readTaxonomy(bytes: Uint8Array, file: string): Checked<Taxonomy> {
  const { table, problems } = readCsvBytes(bytes, file, TAXONOMY_COLUMNS);
  // An optional column left out of the header reads as blank.
  for (const r of table.rows) for (const c of TAXONOMY_COLUMNS.optional) r.cells[c] ??= '';
  const { records, problems: rowProblems } = validateRows(table, taxonomyTermSchema, file);
  problems.push(...rowProblems, ...findDuplicates(records, (r) => r.id, file, 'id', 'id'));
  const value: Taxonomy = { categories: [], needs: [], areas: [] };
  for (const { row: _row, ...term } of records) value[LIST_OF[term.type]].push(term);
  problems.push(...missingLists(value, file, table.rows.length));
  return { value, problems: quoteAsTyped(problems, { file, table }) };
}

function missingLists(taxonomy: Taxonomy, file: string, rows: number): DataProblem[] {
  if (rows === 0) return [problem({ file, row: 2, expected: 'at least one category and need below the header row' })];
  // An area with no areas of its own listed yet is fine: each service then covers the whole area, or "not given".
  return TERM_TYPES.filter((type) => type !== 'area' && termsOf(taxonomy, type).length === 0).map((type) =>
    problem({
      file,
      column: 'type',
      expected: `at least one row with the type "${type}"`,
      fix: `Services must use ${type === "area" ? 'an' : 'a'} ${type} from this file, so the list cannot be empty.`,
    }),
  );
}
