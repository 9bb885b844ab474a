/**
 * The site's languages: English at the root, each translation under `/<code>/`.
 * Names and direction come from the browser's own language data (`Intl`), as in
 * Starlight's `getLocaleInfo()`/`getLocaleDir()`, so a language is added with
 * one code in data/site.yaml. Pure and browser-safe.
 */

/** The language of the pages at the root of the site. */
export const ROOT_LANGUAGE = 'en-GB';

export type Direction = 'ltr' | 'rtl';

export interface Language {
  /** The BCP 47 tag for `lang` and `hreflang`, e.g. `en-GB`, `pl`, `ur`. */
  tag: string;
  /** The first part of the address: '' for English (the root), `pl` for `/pl/`. */
  path: string;
  /** The language's name in itself: "English", "polski", "اردو". */
  name: string;
  dir: Direction;
  /** True for English, whose pages are at the root. */
  isRoot: boolean;
}

/**
 * Right-to-left languages, for engines whose `Intl.Locale` cannot say (Firefox
 * before 2024). The same list Starlight keeps.
 */
const WELL_KNOWN_RTL = new Set(['ar', 'fa', 'he', 'prs', 'ps', 'syc', 'ug', 'ur', 'yi', 'ckb', 'dv', 'sd']);

type LocaleWithTextInfo = Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };

/** Whether a language is written right to left. */
export function languageDir(tag: string): Direction {
  const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return WELL_KNOWN_RTL.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * A language's name in itself ("polski", "اردو", "Soomaali"), or undefined if
 * the runtime does not know the language. English is "English", not "British English".
 */
export function nativeName(tag: string): string | undefined {
  const locale = new Intl.Locale(tag);
  const code = tag === ROOT_LANGUAGE ? locale.language : tag;
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Everything a page needs to know about one language. */
export function describeLanguage(tag: string, isRoot = false): Language {
  return { tag, path: isRoot ? '' : tag.toLowerCase(), name: nativeName(tag) ?? tag, dir: languageDir(tag), isRoot };
}

/** English first, then the translations in the order the configuration lists them. */
export function siteLanguages(translated: readonly string[]): Language[] {
  return [describeLanguage(ROOT_LANGUAGE, true), ...translated.map((tag) => describeLanguage(tag))];
}

/** The language a site path is in: `/pl/guides/x/` → Polish; anything else → English. */
export function languageOfPath(path: string, languages: readonly Language[]): Language {
  const first = path.split('/')[1]?.toLowerCase() ?? '';
  return languages.find((l) => !l.isRoot && l.path === first) ?? languages.find((l) => l.isRoot) ?? describeLanguage(ROOT_LANGUAGE, true);
}

/** A path without its language: `/pl/guides/x/` → `/guides/x/`, `/pl/` → `/`. English paths are unchanged. */
export function stripLanguage(path: string, languages: readonly Language[]): string {
  const lang = languageOfPath(path, languages);
  return lang.isRoot ? path : path.slice(lang.path.length + 1) || '/';
}

/** The same page's path in a language: `/guides/x/` in Polish → `/pl/guides/x/`. */
export function pathIn(lang: Pick<Language, 'path' | 'isRoot'>, englishPath: string): string {
  return lang.isRoot ? englishPath : `/${lang.path}${englishPath}`;
}
