import { existsSync } from 'node:fs';
import { DIST } from '../support/site';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { PAGE_TYPES } from '../../src/search/page-type';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Watched {
  page: Page;
  pagefindRequests: string[];
  problems: string[];
}

async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  const pagefindRequests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(new URL(r.url()).pathname);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, pagefindRequests, problems };
}

/** Searches from the header box of another page, as someone would. */
async function searchFromHeader(w: Watched, query: string) {
  await w.page.goto(`${baseUrl}/updates/`, { waitUntil: 'networkidle' });
  await w.page.getByRole('search', { name: 'Search this site' }).first().getByRole('searchbox').fill(query);
  await Promise.all([w.page.waitForURL(/\/search\/\?q=/), w.page.keyboard.press('Enter')]);
  await w.page.locator('[data-search-list] > li').first().waitFor({ state: 'visible' });
  return w.page.locator('[data-search-list] > li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      title: li.querySelector('h3 a')?.textContent ?? '',
      type: li.querySelector('.result-type')?.textContent ?? '',
      marks: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent ?? ''),
      tags: [...li.querySelectorAll('.excerpt *')].map((e) => e.tagName),
    })),
  );
}

describe('site search', () => {
  it('does not load pagefind with a normal page, or with the search page before anyone searches', async () => {
    const w = await watchedPage();
    for (const path of ['/', '/updates/', '/search/']) {
      await w.page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      // Focusing the box is not searching.
      await w.page.locator('#header-search-q').focus();
      await w.page.waitForTimeout(200);
    }
    expect(w.pagefindRequests).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('"tribunal" from the header box finds the page about appeals, with its type and the word highlighted, and no CSP errors', async () => {
    const w = await watchedPage();
    const results = await searchFromHeader(w, 'tribunal');
    expect(new URL(w.page.url()).search).toBe('?q=tribunal');
    expect(await w.page.locator('#search-q').inputValue()).toBe('tribunal');
    expect(await w.page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? for ‘tribunal’/);
    expect(await w.page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
    const timeline = results.find((r) => r.href === '/tools/ehcp-timeline/');
    expect(timeline).toMatchObject({ title: 'Work out the deadlines for an EHC plan', type: 'Page' });
    expect(timeline?.marks.map((m) => m.toLowerCase())).toContain('tribunal');
    // Excerpts keep only <mark>.
    expect(new Set(results.flatMap((r) => r.tags))).toEqual(new Set(['MARK']));
    for (const r of results) expect(PAGE_TYPES).toContain(r.type);
    expect(w.pagefindRequests).toContain('/pagefind/pagefind.js');
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('"tribunal" finds the guide about disagreeing with a decision, typed as a guide', async () => {
    const w = await watchedPage();
    const results = await searchFromHeader(w, 'tribunal');
    expect(results.find((r) => r.href === '/guides/if-you-disagree/')).toMatchObject({ type: 'Guide' });
    await w.page.close();
  });

  it('finds updates and says they are updates; typing on the search page searches as you type', async () => {
    const w = await watchedPage();
    await w.page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
    expect(w.pagefindRequests).toEqual([]);
    await w.page.locator('#search-q').pressSequentially('holiday clubs', { delay: 20 });
    // The result whose own title is the update's: the yearly comments page has it as a heading too, shown as a sub-result.
    const first = w.page.locator('[data-search-list] > li').filter({ has: w.page.locator('h3 a', { hasText: /^You said, we did: finding holiday clubs$/ }) });
    await first.waitFor({ state: 'visible' });
    expect(await first.locator('.result-type').textContent()).toBe('Update');
    expect(await first.locator('h3 a').getAttribute('href')).toBe('/updates/2026-09-15-you-said-holiday-clubs/');
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('says when nothing matches', async () => {
    const w = await watchedPage();
    await w.page.goto(`${baseUrl}/search/?q=qwjkvbx`);
    await w.page.locator('[data-search-status]', { hasText: 'No results' }).waitFor();
    expect(await w.page.locator('[data-search-status]').textContent()).toBe('No results for ‘qwjkvbx’. Check the spelling or try a different word.');
    expect(await w.page.locator('[data-search-list] > li').count()).toBe(0);
    await w.page.close();
  });

  it('the search page and the not-found page are not in the index', async () => {
    const w = await watchedPage();
    await w.page.goto(`${baseUrl}/search/?q=search`);
    await w.page.locator('[data-search-status]').filter({ hasText: /result/ }).waitFor();
    const hrefs = await w.page.locator('[data-search-list] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain('/search/');
    expect(hrefs.some((h) => h?.includes('404'))).toBe(false);
    await w.page.close();
  });

  it('without JavaScript, the header box still opens the search page, which says search needs JavaScript and offers other ways in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('#header-search-q').fill('short breaks');
    await Promise.all([page.waitForURL(/\/search\/\?q=short\+breaks/), page.locator('#header-search-q').press('Enter')]);
    const notice = page.locator('[data-search-nojs]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/updates/');
    for (const section of ['guides', 'services', 'glossary']) {
      if (existsSync(`${DIST}/${section}/index.html`)) expect(links).toContain(`/${section}/`);
    }
    expect(await page.locator('[data-search-results]').isVisible()).toBe(false);
    await context.close();
  });
});
