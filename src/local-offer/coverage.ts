/**
 * Which parts of the site answer each paragraph of Schedule 2: guides say so
 * in their front matter (`schedule2: [sch2-17]`), directory categories in the
 * `schedule2` column of taxonomy.csv, and the site's own pages in SITE_PAGES
 * below. The "What our Local Offer includes" page lists every paragraph with
 * its answers; check-data warns, naming the paragraph, when nothing answers one.
 */
import { closest } from 'fastest-levenshtein';
import { problem, type DataProblem } from '../core/problems';
import { legislationUrl, paragraphName, SCHEDULE_2_URL, wordingParts, type Schedule2Paragraph } from './schedule-2';
import { categoriesOf } from '../directory/other-category';

export const ANSWER_KINDS = ['guide', 'category', 'page'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** A page that answers a paragraph: what to call the link and where it goes. */
export interface Answer {
  kind: AnswerKind;
  label: string;
  href: string;
}

/** Something that says which paragraphs it answers, and where it says so (for messages). */
export interface AnswerSource extends Answer {
  keys: readonly string[];
  file: string;
  row?: number | undefined;
  column: string;
  /** It names paragraphs but has nothing on it yet (a category with no services): it answers nothing until it has. */
  empty?: boolean;
}

/** Where this list of the site's own pages lives, for messages. */
export const SITE_PAGES_FILE = 'src/local-offer/coverage.ts';

/**
 * The site's own pages that answer a paragraph once the area has services:
 * the services directory lists the help on offer in the area (paragraph 1).
 */
export const SITE_PAGES: readonly { href: string; label: string; keys: readonly string[] }[] = [{ href: '/services/', label: 'Find services', keys: ['sch2-1'] }];

/** The site's own pages; with no services yet, the directory is empty and answers nothing. Undefined: not known (services.csv has errors). */
export function sitePageSources(serviceCount: number | undefined): AnswerSource[] {
  return SITE_PAGES.map((p) => ({ kind: 'page', label: p.label, href: p.href, keys: p.keys, file: SITE_PAGES_FILE, column: 'keys', empty: serviceCount === 0 }));
}

/** Guides that name paragraphs in their front matter. */
export function guideSources(guides: readonly { slug: string; title: string; schedule2?: readonly string[] | undefined; file: string }[]): AnswerSource[] {
  return guides
    .filter((g) => (g.schedule2 ?? []).length > 0)
    .map((g) => ({ kind: 'guide', label: g.title, href: `/guides/${g.slug}/`, keys: g.schedule2 ?? [], file: g.file, column: 'schedule2' }));
}

/**
 * Directory categories that name paragraphs in taxonomy.csv. A category with
 * no services yet is kept (its keys are still checked) but answers nothing:
 * an empty list is not information about the help on offer. With `services`
 * undefined (services.csv has errors, so rows may be missing), no category is
 * called empty: its own errors explain it.
 */
export function categorySources(
  categories: readonly { id: string; label: string; schedule2: readonly string[] }[],
  services: readonly { categories: readonly string[] }[] | undefined,
  file: string,
): AnswerSource[] {
  return categories
    .filter((c) => c.schedule2.length > 0)
    .map((c) => ({
      kind: 'category',
      label: c.label,
      href: `/services/category/${c.id}/`,
      keys: c.schedule2,
      file,
      column: 'schedule2',
      empty: services !== undefined && !services.some((s) => categoriesOf(s).includes(c.id)),
    }));
}

export interface CoverageRow {
  paragraph: Schedule2Paragraph;
  /** "Schedule 2, paragraph 17: How to make a complaint". */
  name: string;
  /**
   * The paragraph on legislation.gov.uk once its wording has been checked;
   * until then the whole schedule, since its number may not be right either.
   */
  url: string;
  /** The official wording as an opening line and its lettered items, when it has been checked. */
  wording: { lead: string; items: string[] } | undefined;
  /** Where the site answers it: guides first, then directory categories, then pages; each by label. */
  answers: Answer[];
  /** What names it but has nothing on it yet ("Advice" with no services), for the warning. */
  empty: Answer[];
}

const KIND_ORDER = new Map(ANSWER_KINDS.map((k, i) => [k, i]));

/** Every paragraph, in order, with what answers it. */
export function coverage(paragraphs: readonly Schedule2Paragraph[], sources: readonly AnswerSource[]): CoverageRow[] {
  return paragraphs.map((paragraph) => ({
    paragraph,
    name: paragraphName(paragraph),
    url: paragraph.wording === undefined ? SCHEDULE_2_URL : legislationUrl(paragraph.paragraph),
    wording: paragraph.wording === undefined ? undefined : wordingParts(paragraph.wording),
    answers: answersFor(paragraph, sources.filter((s) => !s.empty)),
    empty: answersFor(paragraph, sources.filter((s) => s.empty)),
  }));
}

function answersFor(paragraph: Schedule2Paragraph, sources: readonly AnswerSource[]): Answer[] {
  return sources
    .filter((s) => s.keys.includes(paragraph.key))
    .map(({ kind, label, href }) => ({ kind, label, href }))
    .sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.label.localeCompare(b.label, 'en-GB'));
}

const KIND_NAMES: Record<AnswerKind, string> = { guide: 'guide', category: 'directory category', page: 'page' };

/** "The directory category "Advice" names it but has no services yet." */
function emptyNote(empty: readonly Answer[]): string {
  if (empty.length === 0) return '';
  const names = empty.map((a) => `the ${KIND_NAMES[a.kind]} "${a.label}"`).join(' and ');
  return ` (${names.charAt(0).toUpperCase()}${names.slice(1)} ${empty.length === 1 ? 'names' : 'name'} it, but ${empty.length === 1 ? 'has' : 'have'} no services yet: add services to ${empty.length === 1 ? 'it' : 'them'}, or answer it in a guide.)`;
}

/** A key that names no paragraph (a typo would silently leave a paragraph unanswered): an error, with the nearest key. */
export function unknownKeys(paragraphs: readonly Schedule2Paragraph[], sources: readonly AnswerSource[]): DataProblem[] {
  const keys = paragraphs.map((p) => p.key);
  return sources.flatMap((s) =>
    s.keys
      .filter((k) => !keys.includes(k))
      .map((k) =>
        problem({
          file: s.file,
          row: s.row,
          column: s.column,
          value: k,
          expected: `a paragraph of Schedule 2 written as a key, one of: ${keys.join(', ')}`,
          fix: keys.length > 0 ? `Did you mean ${closest(k, keys)}? The paragraphs are listed in src/local-offer/schedule-2.csv.` : undefined,
        }),
      ),
  );
}

/**
 * A warning for each paragraph nothing answers, naming it, so the council
 * sees what its Local Offer is missing. `where` is the content folder's guides,
 * where the answer usually belongs.
 */
export function unanswered(rows: readonly CoverageRow[], where: { guides: string; taxonomy: string }): DataProblem[] {
  return rows
    .filter((r) => r.answers.length === 0)
    .map((r) =>
      problem({
        file: where.guides,
        expected: `a guide, page or directory category that answers ${r.name} (${r.paragraph.plain_english})`,
        fix: `Nothing on the site says it answers ${r.paragraph.key}.${emptyNote(r.empty)} Add "schedule2: [${r.paragraph.key}]" to the front matter of the guide that covers it (write one if none does), or add ${r.paragraph.key} to the schedule2 column of a category in ${where.taxonomy}. The law: ${r.url}`,
        severity: 'warning',
      }),
    );
}
