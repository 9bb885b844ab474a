import type { ConsoleMessage, Request } from 'playwright-core';
import { expect, inject } from 'vitest';
import { useBrowser } from '../support/browser';
import { forEveryPage } from '../support/every-page';
import { sitemapPaths } from '../support/site';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

forEveryPage('every page keeps to its Content Security Policy and its own origin', browser, sitemapPaths(), async (page, url) => {
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  };
  const onError = (e: Error) => problems.push(e.message);
  const onRequest = (r: Request) => {
    const address = new URL(r.url());
    if (!['data:', 'blob:'].includes(address.protocol) && address.origin !== baseUrl) problems.push(`request to another origin: ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(problems).toEqual([]);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
  }
});
