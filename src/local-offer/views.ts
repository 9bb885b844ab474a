/**
 * The getters the Local Offer's information pages use: each works out its
 * page's view once, from the same collections the rest of the site is built
 * from. The reasoning is in the pure modules beside this one.
 */
import { getGuides } from '../content/guides/collection';
import { getUpdates } from '../content/updates/collection';
import { getGlossary } from '../content/glossary/collection';
import { explainedWords, type ExplainedWord } from '../content/glossary/explained-words';
import { getDirectory } from '../directory/collection';
import { getImprovementPlan, hasImprovementPlan } from '../plan/collection';
import { getTranslatedPages, languages } from '../i18n/entries.node.ts';
import { site } from '../config/site.node.ts';
import { orThrow } from '../core/problems';
import { accessibilityView, type AccessibilityView } from './accessibility';
import { commentsByYear, commentsFrom, type CommentsYear } from './comments';
import { categorySources, coverage, guideSources, sitePageSources, type CoverageRow } from './coverage';
import { readSchedule2, SCHEDULE_2_FILE } from './schedule-2';
// Bundled with the page: the built page's code does not sit beside the file.
import schedule2Csv from './schedule-2.csv?raw';

/** Every paragraph of Schedule 2 with where the site answers it. */
export async function getCoverage(): Promise<CoverageRow[]> {
  const guides = (await getGuides()).map((g) => ({ slug: g.slug, title: g.data.title, schedule2: g.data.schedule2, file: g.filePath ?? g.id }));
  const directory = await getDirectory();
  const sources = [...guideSources(guides), ...categorySources(directory.taxonomy.categories, directory.services, directory.files.taxonomy), ...sitePageSources(directory.services.length)];
  return coverage(orThrow(readSchedule2(new TextEncoder().encode(schedule2Csv), SCHEDULE_2_FILE)), sources);
}

/**
 * The "You said, we did" comments, a page per year, newest year first, each
 * with the words in them a family may not know (people write "EHC plan" and
 * "SENCO" as they say them), explained from the jargon buster.
 */
export async function getCommentsByYear(): Promise<(CommentsYear & { words: ExplainedWord[] })[]> {
  const { entries } = await getGlossary();
  return commentsByYear(commentsFrom(await getUpdates())).map((year) => ({
    ...year,
    words: explainedWords(year.comments.flatMap((c) => [c.title, c.you_said, c.we_did]), entries),
  }));
}

const ENGLISH_NAMES = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** The accessibility statement, from the configuration, what the site has, and its translations. */
export async function getAccessibilityView(): Promise<AccessibilityView> {
  const plan = hasImprovementPlan() ? await getImprovementPlan() : undefined;
  const unchecked = (await getTranslatedPages())
    .filter((p) => p.route.kind === 'guide' && !p.status.checked)
    .map((p) => ({ language: ENGLISH_NAMES.of(p.lang.tag) ?? p.lang.name, title: p.entry.data.title }));
  return accessibilityView(site.accessibility, { hasPlan: (plan?.reviews.length ?? 0) > 0, hasLanguages: languages.some((l) => !l.isRoot) }, unchecked);
}
