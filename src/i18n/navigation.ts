/**
 * The main menu for a page. English pages keep the site's menu; a translated
 * page gets its language's own: the home page, its guides and how to get in
 * touch, since every other section is in English only.
 */
import type { Strings } from '../config/strings';
import type { Language } from '../core/languages';

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

/** The home page of a language: `/` for English, `/pl/` for Polish. */
export function homeHref(lang: Pick<Language, 'path' | 'isRoot'>): string {
  return lang.isRoot ? '/' : `/${lang.path}/`;
}

/**
 * Menu items for the page at `path`. `section` marks an English item as
 * current when the address does not say (e.g. a guide for young people).
 * `has` says whether the area has a page (no "Progress" without a plan).
 */
export function navFor(path: string, lang: Language, t: Strings, section?: string, has: (href: string) => boolean = () => true): NavItem[] {
  if (lang.isRoot) {
    const isCurrent = (href: string) => (section ? href === section : href === '/' ? path === '/' : path.startsWith(href));
    return t.nav.filter((item) => has(item.href)).map((item) => ({ href: item.href, label: item.label, current: isCurrent(item.href) }));
  }
  const home = homeHref(lang);
  return [
    { href: home, label: t.languageNav.home, current: path === home },
    { href: `${home}#guides`, label: t.languageNav.guides, current: path.startsWith(`${home}guides/`) },
    { href: `${home}#contact`, label: t.languageNav.contact, current: false },
  ];
}
