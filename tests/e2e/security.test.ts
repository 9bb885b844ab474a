import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { sitemapPaths } from '../support/site';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('every page keeps to its Content Security Policy and its own origin', () => {
  it.each(sitemapPaths())('%s', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== baseUrl) problems.push(`request to another origin: ${r.url()}`);
    });
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(problems).toEqual([]);
    await context.close();
  });
});
