import { describe, expect, it } from 'vitest';
import { alternatesFor, buildTranslationIndex, languageLinks } from './alternates';
import { siteLanguages } from '../core/languages';
import { homeHref, navFor } from './navigation';
import { stringsFor, strings } from '../config/strings';

const languages = siteLanguages(['pl', 'ur', 'ar', 'so']);
const [en, pl, ur] = languages as [(typeof languages)[0], (typeof languages)[0], (typeof languages)[0]];
const index = buildTranslationIndex(['pl/home', 'pl/guides/ehcp-process', 'ur/home', 'ur/guides/ehcp-process', 'ur/guides/if-you-disagree']);

describe('alternatesFor', () => {
  it('lists English and each real translation of a page, and marks the one shown', () => {
    expect(alternatesFor('/guides/ehcp-process/', en, languages, index).map((a) => [a.lang.tag, a.href, a.current])).toEqual([
      ['en-GB', '/guides/ehcp-process/', true],
      ['pl', '/pl/guides/ehcp-process/', false],
      ['ur', '/ur/guides/ehcp-process/', false],
    ]);
    expect(alternatesFor('/guides/if-you-disagree/', ur, languages, index).map((a) => a.href)).toEqual(['/guides/if-you-disagree/', '/ur/guides/if-you-disagree/']);
  });

  it('gives nothing for a page with no translation, so it gets no switcher and no hreflang', () => {
    expect(alternatesFor('/services/', en, languages, index)).toEqual([]);
    expect(alternatesFor('/guides/annual-reviews/', en, languages, index)).toEqual([]);
  });

  it('pairs the home page with each language’s home page, and the search page with each language’s search', () => {
    expect(alternatesFor('/', en, languages, index).map((a) => a.href)).toEqual(['/', '/pl/', '/ur/']);
    expect(alternatesFor('/search/', pl, languages, index).map((a) => a.href)).toEqual(['/search/', '/pl/search/', '/ur/search/']);
  });
});

describe('languageLinks, on every page', () => {
  const links = (path: string, lang: (typeof languages)[0]) => languageLinks(path, lang, languages, index).map((l) => [l.lang.tag, l.href, l.translation]);

  it('link a page with no translation to each language’s home page', () => {
    expect(links('/services/', en)).toEqual([
      ['pl', '/pl/', false],
      ['ur', '/ur/', false],
    ]);
  });

  it('link to the translation where there is one, and to the home page where there is not', () => {
    expect(links('/guides/if-you-disagree/', en)).toEqual([
      ['pl', '/pl/', false],
      ['ur', '/ur/guides/if-you-disagree/', true],
    ]);
  });

  it('link a translated page to the same page in English, and leave out the language shown and languages with no home page', () => {
    expect(links('/guides/ehcp-process/', pl)).toEqual([
      ['en-GB', '/guides/ehcp-process/', true],
      ['ur', '/ur/guides/ehcp-process/', true],
    ]);
    // Arabic and Somali are configured here but have no home page in this index.
    expect(links('/', ur)).toEqual([
      ['en-GB', '/', true],
      ['pl', '/pl/', true],
    ]);
  });
});

describe('navFor', () => {
  it('keeps the English menu on English pages', () => {
    const nav = navFor('/guides/ehcp-process/', en, strings);
    expect(nav.map((i) => i.href)).toEqual(strings.nav.map((i) => i.href));
    expect(nav.filter((i) => i.current).map((i) => i.href)).toEqual(['/guides/']);
    expect(navFor('/guides/young-people/x/', en, strings, '/young-people/').filter((i) => i.current).map((i) => i.href)).toEqual(['/young-people/']);
  });

  it('gives a translated page its own language’s menu', () => {
    const nav = navFor('/ur/guides/ehcp-process/', ur, stringsFor('ur'));
    expect(nav).toEqual([
      { href: '/ur/', label: 'مرکزی صفحہ', current: false },
      { href: '/ur/#guides', label: 'گائیڈز', current: true },
      { href: '/ur/#contact', label: 'رابطہ', current: false },
    ]);
    expect(homeHref(pl)).toBe('/pl/');
    expect(homeHref(en)).toBe('/');
  });
});
