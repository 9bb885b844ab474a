import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { forEveryPage } from '../support/every-page';
import { sitemapPaths } from '../support/site';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  return page;
}

describe('a standard guide', () => {
  it('has a contents list whose links go to the guide’s own headings', async () => {
    const page = await open('/guides/ehcp-process/', { javaScriptEnabled: false });
    const links = page.locator('nav.contents-list a');
    const headings = page.locator('.guide-body h2');
    expect(await links.count()).toBe(9);
    expect(await links.count()).toBe(await headings.count());
    for (let i = 0; i < (await links.count()); i++) {
      const href = (await links.nth(i).getAttribute('href')) ?? '';
      expect(href).toMatch(/^#[a-z0-9-]+$/);
      expect(await headings.nth(i).getAttribute('id')).toBe(href.slice(1));
      expect((await headings.nth(i).textContent())?.trim()).toBe((await links.nth(i).textContent())?.trim());
    }
    await page.locator('nav.contents-list a', { hasText: 'By week 20: the final plan' }).click();
    expect(new URL(page.url()).hash).toBe('#by-week-20-the-final-plan');
    expect(await page.locator('#by-week-20-the-final-plan').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
    await page.context().close();
  });

  it('shows when it was last reviewed and when it will be reviewed next, and related guides', async () => {
    const page = await open('/guides/ehcp-process/');
    const dates = (await page.locator('.guide-dates').textContent())?.replace(/\s+/g, ' ');
    expect(dates).toContain('Last reviewed: 1 September 2026');
    expect(dates).toContain('Next review: 1 September 2027');
    // Not overdue, so no warning.
    expect(await page.locator('.panel-warning').count()).toBe(0);
    const related = await page.locator('aside.related a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(related).toEqual(['/guides/asking-for-an-ehc-needs-assessment/', '/guides/if-you-disagree/', '/guides/annual-reviews/']);
    expect(await page.locator('nav[aria-label="Breadcrumb"] a').last().getAttribute('href')).toBe('/guides/');
    await page.context().close();
  });

  it('explains the first use of each abbreviation with <abbr title>, linked to its entry in the jargon buster', async () => {
    const page = await open('/guides/ehcp-process/');
    const send = page.locator('.guide-body a.glossary-link', { has: page.locator('abbr', { hasText: /^SEND$/ }) });
    expect(await send.count()).toBe(1);
    expect(await send.getAttribute('href')).toBe('/glossary/#special-educational-needs-and-disabilities');
    expect(await send.locator('abbr').getAttribute('title')).toBe('Special educational needs and disabilities');
    // The first use is in the "Week 0" section; later uses are plain text.
    expect(await send.evaluate((a) => a.closest('p')?.textContent)).toContain('The clock starts when');
    expect(await page.locator('.guide-body abbr', { hasText: /^SEND$/ }).count()).toBe(1);
    // SENDIASS is matched whole, not as SEND + IASS.
    const sendiass = page.locator('.guide-body a.glossary-link abbr', { hasText: /^SENDIASS$/ });
    expect(await sendiass.count()).toBe(1);
    // Headings are never wrapped.
    expect(await page.locator('.guide-body h2 abbr').count()).toBe(0);
    // One dotted underline in the link colour, and the site's focus style.
    expect(await send.evaluate((a) => getComputedStyle(a).textDecorationStyle)).toBe('dotted');
    await send.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await send.evaluate((a) => getComputedStyle(a).backgroundColor)).toBe('rgb(255, 221, 0)');

    // Every glossary link on the page lands on an entry that exists, and that entry names the abbreviation.
    const targets = await page.locator('.guide-body a.glossary-link').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', abbr: a.textContent?.replace(/s$/, '') ?? '', term: a.querySelector('abbr')?.getAttribute('title') ?? '' })),
    );
    expect(targets.length).toBeGreaterThanOrEqual(3);
    await send.click();
    await page.waitForURL('**/glossary/#special-educational-needs-and-disabilities');
    expect(await page.locator('#special-educational-needs-and-disabilities:target dt').textContent()).toMatch(/Special educational needs and disabilities\s*\(SEND\)/);
    for (const t of targets) {
      const id = t.href.split('#')[1]!;
      const entry = page.locator(`[id="${id}"]`);
      expect(await entry.count(), t.href).toBe(1);
      const dt = (await entry.locator('dt').textContent()) ?? '';
      expect(dt).toContain(t.term);
      expect(dt).toContain(`(${t.abbr})`);
    }
    await page.context().close();
  });
});

describe('easy-read guides and the young people hub', () => {
  it('the young people hub lists the three easy-read guides, in order', async () => {
    const page = await open('/young-people/');
    const links = await page.locator('.easy-read-list h3 a').evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    expect(links).toEqual([
      ['What is an EHC plan?', '/guides/young-people/what-is-an-ehc-plan/'],
      ['Having your say in your plan', '/guides/young-people/having-your-say/'],
      ['Moving on after school', '/guides/young-people/moving-on-after-school/'],
    ]);
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).toBe('Young people');
    await page.context().close();
  });

  it('the parents’ and carers’ hub lists their 8 guides in order, and links to the young people hub', async () => {
    const page = await open('/guides/');
    const titles = await page.locator('.guide-list h3 a').allTextContents();
    expect(titles).toHaveLength(8);
    expect(titles[0]).toBe('What is the Local Offer?');
    expect(titles.at(-1)).toBe('Preparing for adulthood');
    expect(titles.some((t) => t === 'What is an EHC plan?')).toBe(false);
    expect(await page.locator('main a[href="/young-people/"]').count()).toBe(1);
    await page.context().close();
  });

  it('an easy-read guide has bigger text, more space between lines, and pictures beside the text', async () => {
    const page = await open('/guides/young-people/what-is-an-ehc-plan/', { width: 320 });
    const style = async (selector: string) =>
      page.locator(selector).first().evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), line: parseFloat(getComputedStyle(el).lineHeight) }));
    const easy = await style('.picture-row-text p');
    expect(easy.size).toBeGreaterThanOrEqual(20);
    expect(easy.line / easy.size).toBeGreaterThanOrEqual(1.6);
    const row = page.locator('.picture-row').first();
    const img = await row.locator('img').boundingBox();
    const text = await row.locator('.picture-row-text').boundingBox();
    expect(img && text && img.x + img.width <= text.x).toBe(true);
    expect(await row.locator('img').getAttribute('alt')).toMatch(/^A plan/);
    expect(await page.locator('.guide-body table').count()).toBe(0);
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).toBe('Young people');

    const standard = await open('/guides/ehcp-process/', { width: 320 });
    const body = await standard.locator('.guide-body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(easy.size).toBeGreaterThan(body);
    await standard.context().close();
    await page.context().close();
  });
});

const guidePaths = sitemapPaths().filter((p) => p.startsWith('/guides/') || p === '/young-people/' || p === '/glossary/');

describe('guide pages load no JavaScript but “Listen to this page”', () => {
  it('there are hubs, 11 guides and the glossary to check', () => {
    expect(guidePaths).toContain('/guides/young-people/having-your-say/');
    expect(guidePaths.filter((p) => /^\/guides\/.+/.test(p))).toHaveLength(11);
  });
});

forEveryPage('guide pages load no JavaScript but “Listen to this page”', browser, guidePaths, async (page, url) => {
  const scripts: string[] = [];
  const onRequest = (r: Request) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  };
  page.on('request', onRequest);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    // A guide has the listen control and its one script (src/listen/listen.client.ts); a hub has neither.
    const listens = await page.locator('[data-listen]').count();
    expect(scripts).toHaveLength(listens);
    expect(await page.locator('script').count()).toBe(listens);
    if (listens > 0) {
      expect(await page.locator('script[type="module"][src^="/_astro/"]').count()).toBe(1);
      const source = await page.evaluate((src) => fetch(src).then((r) => r.text()), scripts[0]!);
      expect(source).toContain('speechSynthesis');
    }
  } finally {
    page.off('request', onRequest);
  }
});

describe('the jargon buster', () => {
  it('A to Z links land on the terms for that letter; letters with no terms are not links', async () => {
    const page = await open('/glossary/', { javaScriptEnabled: false });
    const links = page.locator('#a-to-z a');
    const letters = await links.allTextContents();
    expect(letters).toContain('E');
    expect(letters).toContain('S');
    expect(letters).not.toContain('Z');
    expect(await page.locator('#a-to-z .az-empty', { hasText: 'Z' }).count()).toBe(1);
    for (const letter of letters) {
      const href = await page.locator('#a-to-z a', { hasText: new RegExp(`^${letter}$`) }).getAttribute('href');
      const section = page.locator('section', { has: page.locator(`h2[id="${href!.slice(1)}"]`) });
      const terms = await section.locator('dfn').allTextContents();
      expect(terms.length, letter).toBeGreaterThan(0);
      for (const term of terms) expect(term.charAt(0).toUpperCase(), term).toBe(letter);
    }
    await page.locator('#a-to-z a', { hasText: /^S$/ }).click();
    expect(new URL(page.url()).hash).toBe('#letter-s');
    expect(await page.locator('#letter-s').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
    // A term's own anchor, as guides link to it.
    expect(await page.locator('#education-health-and-care-plan dt').textContent()).toMatch(/Education, health and care plan\s*\(EHCP\)/);
    expect(await page.locator('#education-health-and-care-plan dd').textContent()).toContain('legal document');
    await page.context().close();
  });
});
