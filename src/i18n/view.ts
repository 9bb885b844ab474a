/**
 * What the translated pages show, worked out once: the language home page's
 * lists (its translated guides, and the English pages that are not translated)
 * and a translated guide's related guides. Pure; pages only lay these out.
 */
import type { Strings } from '../config/strings';
import { guideHref, relatedForPage, type HubGuide } from '../content/guides/hubs';
import { sortGuides } from '../content/guides/guides';
import { ROOT_LANGUAGE, pathIn, type Language } from '../core/languages';

/** A link in a list: where it goes, its text, and the language of the page it leads to. */
export interface PageLink {
  href: string;
  title: string;
  summary?: string | undefined;
  /** The language of the linked page, when it is English on a translated page. */
  hreflang?: string | undefined;
}

/** A translated guide: its English guide's slug, and its own title and summary. */
export interface TranslatedGuide {
  slug: string;
  title: string;
  summary: string;
}

export interface LanguageHomeView {
  /** The language's translated guides, in the order the English guides list has. */
  guides: PageLink[];
  /** English guides with no translation in this language, with their English titles. */
  englishGuides: PageLink[];
  /** The English site's sections, described in this language. */
  englishSections: PageLink[];
}

/** The lists on `/<lang>/`. `englishGuides` is every English guide; `has` says whether the area has a section's page. */
export function languageHomeView<G extends HubGuide>(lang: Language, t: Strings, translated: readonly TranslatedGuide[], englishGuides: readonly G[], has: (href: string) => boolean = () => true): LanguageHomeView {
  const bySlug = new Map(translated.map((g) => [g.slug, g]));
  const ordered = sortGuides(englishGuides);
  return {
    guides: ordered.flatMap((g) => {
      const ours = bySlug.get(g.slug);
      return ours ? [{ href: pathIn(lang, guideHref(g.slug)), title: ours.title, summary: ours.summary }] : [];
    }),
    englishGuides: ordered.filter((g) => !bySlug.has(g.slug)).map((g) => ({ href: guideHref(g.slug), title: g.data.title, hreflang: ROOT_LANGUAGE })),
    // The English menu's sections, each described in this language.
    englishSections: t.nav.flatMap((item) => (item.section && has(item.href) ? [{ href: item.href, title: t.englishSections[item.section], hreflang: ROOT_LANGUAGE }] : [])),
  };
}

/**
 * Related guides under a translated guide: the English guide's related guides
 * that are translated into the same language, linked in that language.
 */
export function translatedRelated<G extends HubGuide>(lang: Language, guide: G, englishGuides: readonly G[], translated: readonly TranslatedGuide[]): PageLink[] {
  const bySlug = new Map(translated.map((g) => [g.slug, g]));
  const pool = englishGuides.filter((g) => bySlug.has(g.slug));
  return relatedForPage(guide, pool).map((g) => ({ href: pathIn(lang, guideHref(g.slug)), title: bySlug.get(g.slug)!.title }));
}
