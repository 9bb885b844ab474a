/**
 * The frozen sample built for https://northbrook.example/local-offer/ (a
 * GitHub Pages project site; `npm run build:sample` builds it into
 * dist-sample-under-path/) and served under /local-offer/, as its host would:
 * no internal link, asset, form or feed entry lacks the path, and what the
 * pages fetch as people use them (the directory's index, search, the check
 * page's published files) comes from under it. Its site.yaml has another
 * brand colour too: the icon, the theme colour and the header follow it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DIST, UNDER_PATH } from '../sample/sample-area';
import { serveDist } from '../support/server';
import { useBrowser } from '../support/browser';
import { contentGuides } from '../support/site';
import { contentDir, dataDir } from '../../src/core/files.node.ts';
import { buildDate } from '../../src/core/build-date';
import { loadSiteConfig } from '../../src/config/site.node.ts';

const { siteUrl, base, dist } = UNDER_PATH;
const site = new URL(siteUrl);
const browser = useBrowser();
let origin = '';
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`There is no build of the sample under a path in ${dist}/. Run \`npm run build:sample\`, which builds it.`);
  const server = await serveDist(0, dist, base);
  origin = server.url;
  stop = server.stop;
});
afterAll(() => stop?.());

/** Where a public address of the site is on the test server: https://northbrook.example/local-offer/x/ → http://127.0.0.1:port/local-offer/x/. */
const served = (address: string) => `${origin}${new URL(address).pathname}${new URL(address).search}`;

/** Fetches each address once, a few at a time: each that does not answer 200, with its status. */
async function notAnswering(addresses: Iterable<string>): Promise<string[]> {
  const queue = [...new Set(addresses)];
  const found = new Map<string, number>();
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const response = await fetch(served(next), { redirect: 'manual' });
      await response.arrayBuffer();
      found.set(next, response.status);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return [...found].filter(([, status]) => status !== 200).map(([address, status]) => `${address}: ${status}`);
}

const text = async (address: string) => {
  const response = await fetch(served(address));
  expect(response.status, address).toBe(200);
  return response.text();
};

/** The addresses in a page: links, stylesheets, scripts, pictures, recordings and forms. */
function pageAddresses(html: string): string[] {
  return parse(html)
    .querySelectorAll('a[href], link[href], script[src], img[src], source[src], audio[src], form[action]')
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!);
}

/** The site's pages as its sitemap lists them. */
async function sitemapPages(): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const sitemaps = locs(await text(new URL('sitemap-index.xml', siteUrl).href));
  return (await Promise.all(sitemaps.map(async (s) => locs(await text(s))))).flat();
}

describe('a site under a path: every address carries it', () => {
  it('the server answers only under the path, so an address without it would fail', async () => {
    expect((await fetch(`${origin}${base}guides/`)).status).toBe(200);
    expect((await fetch(`${origin}/guides/`)).status).toBe(404);
  });

  it('every page in the sitemap, the not-found page and the check page: each link, asset and form leads under the path, and answers', async () => {
    const pages = await sitemapPages();
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((p) => !p.startsWith(siteUrl))).toEqual([]);
    const problems: string[] = [];
    const targets = new Set<string>();
    for (const page of [...pages, new URL('404.html', siteUrl).href, new URL('publish/check/', siteUrl).href]) {
      for (const address of pageAddresses(await text(page))) {
        const target = new URL(address, page);
        if (target.origin !== site.origin) continue;
        if (!target.pathname.startsWith(base)) problems.push(`${page} links to ${address}, without the path ${base}`);
        else targets.add(`${target.origin}${target.pathname}${target.search}`);
      }
    }
    expect(problems).toEqual([]);
    // Stylesheets, scripts, pictures, downloads, the feed and every page linked.
    expect(targets.size).toBeGreaterThan(pages.length);
    expect(await notAnswering(targets)).toEqual([]);
  });

  it('the sitemap, RSS feed, calendar feed, robots.txt and open data name the site only with its path, and their entries answer', async () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const feeds = files(dist).filter((f) => /\.(xml|ics|json|csv|txt)$/.test(f) && !f.includes(`${dist}/pagefind/`));
    // The feeds and exports a reader follows, each with the site's own addresses in it.
    for (const name of ['sitemap-0.xml', 'updates/rss.xml', 'data/calendar.ics', 'robots.txt', 'open-data/hsds/datapackage.json']) expect(feeds).toContain(join(dist, name));
    const entries = new Set<string>();
    const outside: string[] = [];
    for (const file of feeds) {
      // iCalendar folds long lines (RFC 5545 3.1): unfold before reading addresses.
      const body = readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '');
      for (const [address] of body.matchAll(new RegExp(`${site.origin.replace(/\./g, '\\.')}[^\\s"'<>,\\\\]*`, 'g'))) {
        if (address.startsWith(siteUrl)) entries.add(address);
        else outside.push(`${file}: ${address}`);
      }
    }
    expect(outside).toEqual([]);
    const rss = readFileSync(join(dist, 'updates/rss.xml'), 'utf8');
    expect([...rss.matchAll(/<link>([^<]+)<\/link>/g)].length).toBeGreaterThan(2);
    // One fetch each; but a term of the HSDS export's taxonomy that no service has names a page that is not built.
    const isTerm = (e: string) => /\/services\/(category|need)\/[^/]+\/$/.test(e);
    const pagesAndFiles = [...entries].filter((e) => !isTerm(e) || existsSync(join(dist, new URL(e).pathname.slice(base.length), 'index.html')));
    expect(pagesAndFiles.length).toBeGreaterThan(100);
    expect(await notAnswering(pagesAndFiles)).toEqual([]);
  });
});

/** A page that records every request to the site that failed or was answered with an error, and every script error. */
async function watched(path: string): Promise<{ page: Page; failures: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const failures: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  page.on('requestfailed', (r) => failures.push(`${r.url()} failed`));
  page.on('response', (r) => {
    if (!r.url().startsWith(origin)) return;
    requests.push(new URL(r.url()).pathname);
    if (r.status() >= 400) failures.push(`${r.url()}: ${r.status()}`);
  });
  await page.clock.setFixedTime(buildDate());
  await page.goto(`${origin}${base}${path}`);
  return { page, failures, requests };
}

describe('another brand colour in the configuration', () => {
  it('gives another icon and theme colour, and colours the header', async () => {
    const own = loadSiteConfig(dataDir()).brandColour;
    expect(UNDER_PATH.brandColour).not.toBe(own);
    const home = parse(await text(siteUrl));
    expect(home.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe(UNDER_PATH.brandColour);
    const icon = home.querySelector('link[rel="icon"]')!.getAttribute('href')!;
    expect(icon).toBe(`${base}favicon.svg`);
    const response = await fetch(`${origin}${icon}`);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = parse(await response.text());
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe(UNDER_PATH.brandColour);
    // The sample's own build, from its own configuration, in its own colour.
    expect(parse(readFileSync(join(SAMPLE_DIST, 'favicon.svg'), 'utf8')).querySelector('rect')?.getAttribute('fill')).toBe(own);
    expect(parse(readFileSync(join(SAMPLE_DIST, 'index.html'), 'utf8')).querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe(own);

    const page = await (await browser.newContext()).newPage();
    await page.goto(siteUrl.replace(site.origin, origin));
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(UNDER_PATH.brandColour.slice(i, i + 2), 16));
    expect(await page.locator('body > header').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe(`rgb(${r}, ${g}, ${b})`);
    await page.context().close();
  });
});

describe('a site under a path: journeys that fetch', () => {
  it('the directory filters with JavaScript from its index under the path, and a result opens', async () => {
    const { page, failures, requests } = await watched('services/');
    await page.locator('#results[data-ready="true"]').waitFor({ state: 'attached' });
    await page.fill('#age', '7');
    await expect.poll(() => page.locator('#results-count').textContent()).toMatch(/^\d+ services? match/);
    expect(requests).toContain(`${base}services/index.json`);
    const links = await page.locator('#results-list > li a[data-slot="link"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith(`${base}services/`))).toEqual([]);
    await Promise.all([page.waitForURL(`${origin}${links[0]}`), page.locator('#results-list > li a[data-slot="link"]').first().click()]);
    expect(await page.locator('h1').textContent()).not.toBe('Page not found');
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('site search loads pagefind from under the path, and its results lead to pages under it', async () => {
    const guide = contentGuides(contentDir()).find((g) => g.slug.split('/').length === 1)!;
    const { page, failures, requests } = await watched('updates/');
    await page.getByRole('search', { name: 'Search this site' }).first().getByRole('searchbox').fill(guide.data.title);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    await page.locator('[data-search-list] > li').first().waitFor({ state: 'visible' });
    const links = await page.locator('[data-search-list] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toContain(`${base}guides/${guide.slug}/`);
    expect(links.filter((l) => !l.startsWith(base))).toEqual([]);
    expect(requests).toContain(`${base}pagefind/pagefind.js`);
    await Promise.all([page.waitForURL(`${origin}${base}guides/${guide.slug}/`), page.locator(`[data-search-list] h3 a[href="${base}guides/${guide.slug}/"]`).click()]);
    expect(await page.locator('h1').textContent()).toBe(guide.data.title);
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('the check page reads the published files from under the path', async () => {
    const { page, failures, requests } = await watched('publish/check/');
    const published = readFileSync(join(dataDir(), 'ehcp-timeliness.csv'));
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'ehcp-timeliness.csv', mimeType: 'text/csv', buffer: published });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('[data-results]').waitFor({ state: 'visible' });
    expect(requests).toContain(`${base}publish/check/published.json`);
    expect(await page.locator('#problem-summary').isVisible()).toBe(false);
    expect(await page.locator('[data-success]').isVisible()).toBe(true);
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('an easy-read guide shows its pictures and styles, and its links stay under the path', async () => {
    const guide = contentGuides(contentDir()).find((g) => g.data.format === 'easy-read' && /!\[[^\]]*\]\(\//.test(readFileSync(g.path, 'utf8')))!;
    const { page, failures } = await watched(`guides/${guide.slug}/`);
    await page.waitForLoadState('networkidle');
    const pictures = await page.locator('main img').evaluateAll((imgs) => imgs.map((img) => ({ src: img.getAttribute('src') ?? '', drawn: (img as HTMLImageElement).naturalWidth > 0 })));
    expect(pictures.length).toBeGreaterThan(0);
    expect(pictures.filter((p) => !p.src.startsWith(`${base}images/`) || !p.drawn)).toEqual([]);
    const links = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith(base))).toEqual([]);
    // The site's stylesheet loaded: the header has a colour behind it.
    expect(await page.locator('body > header').evaluate((h) => getComputedStyle(h).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(failures).toEqual([]);
    await page.context().close();
  });
});
