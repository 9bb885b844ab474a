/**
 * Which languages a page is in, for `<link rel="alternate" hreflang>` and the
 * language switcher. Only real translations count: a page with none gets
 * neither (better than a switcher that leads to the same English page).
 */
import { pathIn, type Language } from '../core/languages';
import { translationRoute } from './translations';

/** For each English path (`/guides/ehcp-process/`, `/`), the language paths (`pl`, `ur`) that translate it. */
export type TranslationIndex = ReadonlyMap<string, ReadonlySet<string>>;

/** Pages built in every language that has a home page, from the interface strings alone. */
export const INTERFACE_PAGES = ['/search/'] as const;

/**
 * The index from translation ids (`pl/home`, `pl/guides/ehcp-process`): each
 * translated page, and the search page for every language that has a home page.
 */
export function buildTranslationIndex(ids: readonly string[]): TranslationIndex {
  const index = new Map<string, Set<string>>();
  const add = (englishPath: string, lang: string) => {
    const set = index.get(englishPath) ?? new Set<string>();
    set.add(lang);
    index.set(englishPath, set);
  };
  for (const id of ids) {
    const [lang, ...rest] = id.split('/');
    const route = translationRoute(`${rest.join('/')}.mdx`);
    if (!lang || !route) continue;
    add(route.englishHref, lang);
    if (route.kind === 'home') for (const page of INTERFACE_PAGES) add(page, lang);
  }
  return index;
}

export interface Alternate {
  lang: Language;
  href: string;
  /** The page being shown. */
  current: boolean;
}

/**
 * Every version of the page at `englishPath`, English first, or none if it has
 * no translation. `current` is the language being shown.
 */
export function alternatesFor(englishPath: string, current: Language, languages: readonly Language[], index: TranslationIndex): Alternate[] {
  const translated = index.get(englishPath);
  if (!translated || translated.size === 0) return [];
  return languages
    .filter((l) => l.isRoot || translated.has(l.path))
    .map((l) => ({ lang: l, href: pathIn(l, englishPath), current: l.tag === current.tag }));
}

/** A link in the language switcher: to the page in that language, or to the language's home page. */
export interface LanguageLink {
  lang: Language;
  href: string;
  /** True when it leads to this page translated; false when to the language's home page. */
  translation: boolean;
}

/**
 * The language switcher's links, on every page: for each language but the
 * one shown, this page in that language if it is translated, otherwise that
 * language's home page (which lists what there is in the language). English
 * always links to the English page. A language with no home page is left out.
 */
export function languageLinks(englishPath: string, current: Language, languages: readonly Language[], index: TranslationIndex): LanguageLink[] {
  const translated = index.get(englishPath) ?? new Set<string>();
  const homes = index.get('/') ?? new Set<string>();
  return languages.flatMap((l): LanguageLink[] => {
    if (l.tag === current.tag) return [];
    if (l.isRoot) return [{ lang: l, href: englishPath, translation: true }];
    if (translated.has(l.path)) return [{ lang: l, href: pathIn(l, englishPath), translation: true }];
    return homes.has(l.path) ? [{ lang: l, href: pathIn(l, '/'), translation: false }] : [];
  });
}
