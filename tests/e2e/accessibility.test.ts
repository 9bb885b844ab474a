import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { sitemapPaths } from '../support/site';

const baseUrl = inject('baseUrl');
// Staff pages are left out of the sitemap on purpose, so they are named here.
const paths = [...sitemapPaths(), '/404.html', '/publish/check/'];
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('every built page has zero axe violations (WCAG 2.2 AA)', () => {
  it('the sitemap lists the pages', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/data/ehcp-timeliness/');
  });

  it.each(paths)('%s', async (path) => {
    const page = await context.newPage();
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    expect(summary).toEqual([]);
    await page.close();
  });
});
