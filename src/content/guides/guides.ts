/** Helpers the guide pages use: related guides, the contents list and review dates. */
import { problem, type DataProblem } from '../../core/problems';
import { isoDay } from '../../core/dates';
import type { GuideFrontmatter, GuideRef } from './schema';

/** Guides with this many `##` headings or more get a contents list at the top. */
export const CONTENTS_LIST_MIN_HEADINGS = 4;

/** Whether a guide is long enough to need a contents list. */
export function needsContentsList(headingCount: number, min: number = CONTENTS_LIST_MIN_HEADINGS): boolean {
  return headingCount >= min;
}

/** Whether the guide is past its next review date (`today` as YYYY-MM-DD or a Date). */
export function isReviewOverdue(data: Pick<GuideFrontmatter, 'next_review'>, today: Date | string): boolean {
  const now = typeof today === 'string' ? today : isoDay(today);
  return data.next_review < now;
}

/** Sorts guides for lists: by `order` (if given), then by title. */
export function sortGuides<T extends GuideRef>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => {
    const ao = a.data.order ?? Number.POSITIVE_INFINITY;
    const bo = b.data.order ?? Number.POSITIVE_INFINITY;
    if (ao !== bo) return ao - bo;
    return a.data.title.localeCompare(b.data.title, 'en-GB');
  });
}

/**
 * Guides to suggest under a guide: the ones it names in `related` first (in
 * that order), then others by how many topics they share with it. Guides that
 * share no topic are not suggested.
 */
export function relatedGuides<T extends GuideRef>(guide: GuideRef, all: readonly T[], limit = 3): T[] {
  const bySlug = new Map(all.map((g) => [g.slug, g]));
  const chosen: T[] = [];
  for (const slug of guide.data.related ?? []) {
    const found = bySlug.get(slug);
    if (found && found.slug !== guide.slug && !chosen.includes(found)) chosen.push(found);
  }
  const topics = new Set(guide.data.topics);
  const shared = (g: GuideRef) => g.data.topics.filter((t) => topics.has(t)).length;
  const rest = sortGuides(all.filter((g) => g.slug !== guide.slug && !chosen.includes(g) && shared(g) > 0));
  // A stable sort keeps the order/title order among guides that share as many topics.
  rest.sort((a, b) => shared(b) - shared(a));
  return [...chosen, ...rest].slice(0, limit);
}

/** Related slugs that name no guide, so a typo does not silently drop a link. */
export function checkRelated(file: string, data: GuideFrontmatter, slugs: ReadonlySet<string>): DataProblem[] {
  return (data.related ?? [])
    .filter((slug) => !slugs.has(slug))
    .map((slug) =>
      problem({
        file,
        column: 'related',
        value: slug,
        expected: 'the slug of another guide',
        fix: `There is no guide with that slug. Slugs are the file path under content/guides without .mdx, for example ${[...slugs][0] ?? 'ehcp-process'}.`,
      }),
    );
}
