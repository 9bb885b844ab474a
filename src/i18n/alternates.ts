/**
 * Which languages a page is in, for `<link rel="alternate" hreflang>` and the
 * language switcher. Only real translations count: a page with none gets
 * neither (better than a switcher that leads to the same English page).
 */
import { pathIn, type Language } from './languages';
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
