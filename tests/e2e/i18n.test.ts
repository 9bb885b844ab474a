/**
 * Translated pages in a real browser: each page's language and direction,
 * hreflang only where a translation exists, the language switcher on every
 * page (to the translation, or to the language's home page), no
 * English page copied under a language prefix, the note about unchecked
 * translations, numbers and addresses left to right inside right-to-left
 * text, each language's own search, and the Urdu font loaded on Urdu pages
 * only. (Axe at desktop and 320px runs on every page, translations included:
 * tests/support/page-checks.ts.)
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { builtPage, DIST, sitemapPaths } from '../support/site';
import { site } from '../../src/config/site.node.ts';
import { siteLanguages } from '../../src/core/languages';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const languages = siteLanguages(site.languages);
const translated = languages.filter((l) => !l.isRoot);
const paths = sitemapPaths();
const langOf = (path: string) => translated.find((l) => path.startsWith(`/${l.path}/`));
const translatedPaths = paths.filter((p) => langOf(p));
const englishPaths = paths.filter((p) => !langOf(p));
const built = (path: string) => existsSync(`${DIST}${path}index.html`);
/** The English page a path corresponds to: `/ur/guides/x/` → `/guides/x/`. */
const englishOf = (path: string) => {
  const lang = langOf(path);
  return lang ? path.slice(lang.path.length + 1) : path;
};
const translationsOf = (englishPath: string) => translated.filter((l) => built(`/${l.path}${englishPath}`));

async function open(path: string, options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  return page;
}

describe('what is built in each language', () => {
  it('builds the home page, search and three translated guides in every language', () => {
    for (const lang of translated) {
      for (const page of ['/', '/search/', '/guides/what-is-the-local-offer/', '/guides/ehcp-process/', '/guides/if-you-disagree/']) {
        expect(paths, `${lang.tag} ${page}`).toContain(`/${lang.path}${page}`);
      }
    }
  });

  it('builds nothing under a language prefix that is not a translation (walking the sitemap)', () => {
    for (const path of translatedPaths) {
      const lang = langOf(path)!;
      const rest = englishOf(path);
      const guide = rest.match(/^\/guides\/(.+)\/$/);
      const isTranslation = rest === '/' || rest === '/search/' || (guide !== null && existsSync(`content/${lang.path}/guides/${guide[1]}.mdx`));
      expect(isTranslation, path).toBe(true);
    }
    // English sections that are not translated do not appear under a prefix.
    for (const lang of translated) for (const english of ['/services/', '/guides/', '/guides/annual-reviews/', '/data/ehcp-timeliness/']) expect(built(`/${lang.path}${english}`)).toBe(false);
  });
});

// What the HTML says, read from the built files (the same as a browser with scripts off).
describe('language and direction', () => {
  it.each(translatedPaths)('%s has <html lang dir> of its language, and text in it', (path) => {
    const lang = langOf(path)!;
    const page = builtPage(path);
    const html = page.querySelector('html')!;
    expect({ lang: html.getAttribute('lang'), dir: html.getAttribute('dir') }).toMatchObject({ lang: lang.tag, dir: lang.dir });
    if (lang.dir === 'rtl') expect(page.querySelector('h1')?.textContent ?? '').toMatch(/[\u0600-\u06ff]/);
  });

  it('English pages stay English, with no dir attribute added', () => {
    const html = builtPage('/guides/ehcp-process/').querySelector('html')!;
    expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual(['en-GB', undefined]);
  });
});

describe('hreflang only where a translation exists; the language switcher on every page', () => {
  it.each([...englishPaths, ...translatedPaths])('%s', (path) => {
    const page = builtPage(path);
    const alternates = page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
    const switcher = page.querySelectorAll('.language-switcher a').map((a) => ({ href: a.getAttribute('href'), lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), dir: a.getAttribute('dir') }));
    const english = englishOf(path);
    const others = translationsOf(english);
    const versions = [['en-GB', english], ...others.map((l) => [l.tag, `/${l.path}${english}`])];
    expect(alternates).toEqual(others.length === 0 ? [] : [...versions, ['x-default', english]]);
    // Each other language: this page in it where there is a translation, else that language's home page.
    const current = langOf(path)?.tag ?? 'en-GB';
    const links = languages
      .filter((l) => l.tag !== current && (l.isRoot || built(`/${l.path}/`)))
      .map((l) => [l.tag, l.isRoot ? english : others.includes(l) ? `/${l.path}${english}` : `/${l.path}/`]);
    expect(links.length).toBeGreaterThan(0);
    expect(switcher.map((s) => [s.hreflang, s.href])).toEqual(links);
    for (const s of switcher) {
      expect(s.lang).toBe(s.hreflang);
      expect(s.dir).toBe(languages.find((l) => l.tag === s.lang)!.dir);
      expect(built(s.href!)).toBe(true);
    }
  });
});

describe('the note on translations not yet checked', () => {
  it.each(translatedPaths.filter((p) => !p.endsWith('/search/')))('%s says so in its language and in English, linking to the English page', (path) => {
    const notes = builtPage(path).querySelectorAll('[data-translation-notice="unchecked"]');
    expect(notes).toHaveLength(1);
    const paragraphs = notes[0]!.querySelectorAll('p').map((p) => ({ lang: p.closest('[lang]')!.getAttribute('lang'), text: p.textContent.replace(/\s+/g, ' ').trim(), href: p.querySelector('a')?.getAttribute('href'), hreflang: p.querySelector('a')?.getAttribute('hreflang') }));
    expect(paragraphs.map((p) => p.lang)).toEqual([langOf(path)!.tag, 'en-GB']);
    expect(paragraphs[1]!.text).toBe('This translation has not yet been checked by a qualified translator. Read the English page');
    expect(paragraphs[0]!.text).not.toContain('qualified translator');
    for (const p of paragraphs) expect([p.href, p.hreflang]).toEqual([englishOf(path), 'en-GB']);
    // Every translation is up to date with its English page, so there is no "changed since" note.
    expect(builtPage(path).querySelectorAll('[data-translation-notice="stale"]')).toHaveLength(0);
  });
});

describe('right to left done properly', () => {
  // The configuration's contact details, as the footer and the guides' facts give them: phone numbers (their spaces may be
  // no-break spaces), email addresses and the postcode of the address.
  const contacts = [site.contact.phone, site.sendiass.phone, site.contact.email, site.sendiass.email, site.contact.address.match(/[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/)?.[0] ?? '']
    .filter((c) => c !== '')
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]'));

  it.each(['/ur/', '/ar/', '/ur/guides/what-is-the-local-offer/', '/ar/guides/if-you-disagree/'])('%s keeps phone numbers, postcodes and emails left to right, in reading order', async (path) => {
    const page = await open(path, { javaScriptEnabled: false });
    const found = await page.evaluate((source) => {
      const pattern = new RegExp(source, 'g');
      const results: { text: string; direction: string; inOrder: boolean }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? '').matchAll(pattern)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + 1);
          const first = range.getBoundingClientRect().left;
          range.setStart(node, m.index! + m[0].length - 1);
          range.setEnd(node, m.index! + m[0].length);
          const last = range.getBoundingClientRect().left;
          results.push({ text: m[0], direction: getComputedStyle(node.parentElement!).direction, inOrder: first < last });
        }
      }
      return results;
    }, contacts.join('|'));
    expect(found.length).toBeGreaterThan(2);
    for (const f of found) expect(f, f.text).toMatchObject({ direction: 'ltr', inOrder: true });
    await page.context().close();
  });

  it('puts the start of the page on the right: headings, borders and the menu', async () => {
    const page = await open('/ar/guides/ehcp-process/', { width: 1280 });
    const layout = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!.getBoundingClientRect();
      const notice = document.querySelector('.translation-notice')!;
      return {
        h1Right: Math.round(document.documentElement.clientWidth - h1.right),
        h1Left: Math.round(h1.left),
        noticeBorder: [getComputedStyle(notice).borderRightWidth, getComputedStyle(notice).borderLeftWidth],
        firstNav: document.querySelector('nav[aria-label] ul a')!.getBoundingClientRect().left > document.documentElement.clientWidth / 2,
      };
    });
    expect(layout.h1Right).toBeLessThan(layout.h1Left);
    expect(layout.noticeBorder).toEqual(['5px', '0px']);
    expect(layout.firstNav).toBe(true);
    await page.context().close();
  });
});

describe('each language searches its own pages', () => {
  it.each([
    ['pl', 'tłumacza', /wynik/],
    ['ur', 'ترجمان', /نتائج|نتیجہ/],
    ['ar', 'مترجم', /نتائج|نتيج/],
    ['so', 'turjubaan', /natiijo/],
  ])('/%s/search/ finds %s in its own language, with its own words', async (code, query, counted) => {
    const page = await open(`/${code}/search/?q=${encodeURIComponent(query)}`);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-search-list] > li').first().waitFor({ state: 'visible' });
    const hrefs = await page.locator('[data-search-list] h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`/${code}/`), href).toBe(true);
    expect(hrefs).toContain(`/${code}/`);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(counted);
    // Result types are in the page's language too.
    const types = await page.locator('[data-search-list] .result-type').allTextContents();
    expect(types.some((t) => ['Guide', 'Page'].includes(t))).toBe(false);
    expect(requests.some((r) => new RegExp(`/pagefind/pagefind\\.${code}_`).test(r))).toBe(true);
    expect(requests.some((r) => /\/pagefind\/pagefind\.en-gb_/.test(r))).toBe(false);
    await page.context().close();
  });

  it('English search does not return translated pages', async () => {
    const page = await open('/search/?q=tribunal', { width: 1280 });
    await page.locator('[data-search-list] > li').first().waitFor({ state: 'visible' });
    const hrefs = await page.locator('[data-search-list] h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((h) => langOf(h))).toEqual([]);
    await page.context().close();
  });

  it('the header search box on a translated page opens that language’s search', async () => {
    const page = await open('/so/guides/ehcp-process/');
    expect(await page.locator('header form[role="search"]').getAttribute('action')).toBe('/so/search/');
    expect(await page.locator('header form[role="search"] button').textContent()).toBe('Raadi');
    await page.context().close();
  });
});

describe.concurrent('fonts', () => {
  async function fontsLoaded(path: string): Promise<string[]> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font' || /\.woff2?$/.test(new URL(r.url()).pathname)) fonts.push(new URL(r.url()).pathname);
    });
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await context.close();
    return fonts;
  }

  it.each(['/ur/', '/ur/guides/ehcp-process/', '/ur/search/'])('%s loads the self-hosted Nastaliq font', async (path) => {
    const fonts = await fontsLoaded(path);
    expect(fonts.length).toBe(1);
    expect(fonts[0]).toMatch(/^\/_astro\/noto-nastaliq-urdu-arabic-400-normal\.[\w-]+\.woff2$/);
  });

  it.each(['/', '/guides/ehcp-process/', '/pl/', '/ar/', '/ar/guides/ehcp-process/', '/so/', '/search/'])('%s loads no other language’s font, even with a link to Urdu on it', async (path) => {
    expect(await fontsLoaded(path)).toEqual([]);
  });
});
