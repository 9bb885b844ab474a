/**
 * The every-page checks can fail: a page with every kind of problem, served
 * at the site's own address, is reported under each heading. And the two
 * shares of pages together are every page, once.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { checkPage } from '../support/page-checks';
import { pagesInShare, SHARES } from '../support/every-page-suite';
import { everyPagePath } from '../support/site';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const BAD_PAGE = `<!doctype html><html lang="en"><head><title>Bad</title>
<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https://elsewhere.example">
</head><body><main><h1>Bad</h1>
<div style="width:500px">Too wide for a phone</div>
<p style="color:#bbb;background:#fff">Too faint to read</p>
<a href="#a" style="display:inline-block;height:12px;width:12px;overflow:hidden">A</a><a href="#b" style="display:inline-block;height:12px;width:12px;overflow:hidden">B</a>
<img src="https://elsewhere.example/pixel.png" alt="">
<div role="region" aria-label="Each year" tabindex="0">One</div><div role="region" aria-label="Each year" tabindex="0">Two</div>
</main></body></html>`;

const RTL_PAGE = `<!doctype html><html lang="ur" dir="rtl"><head><title>اردو</title>
<meta http-equiv="content-security-policy" content="default-src 'self'">
</head><body><main><h1>صفحہ</h1><p>سرکاری چھٹیاں (bank holidays) اور <span lang="en-GB">EHC</span> پلان</p></main></body></html>`;

describe('the checks made on every page', () => {
  it('report each kind of problem under its own heading', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${baseUrl}/__bad__/`, (route) => route.fulfill({ contentType: 'text/html', body: BAD_PAGE }));
    await page.route('https://elsewhere.example/**', (route) => route.abort());
    const problems = await checkPage(page, `${baseUrl}/__bad__/`, baseUrl);
    // (The image is asked for at each load: the page is loaded again at a width it does not fit.)
    for (const problem of problems.security) expect(problem).toMatch(/^(the Content Security Policy allows unsafe-inline|request to another origin: https:\/\/elsewhere\.example\/pixel\.png)/);
    expect(problems.security).toEqual(expect.arrayContaining([
      expect.stringMatching(/^the Content Security Policy allows unsafe-inline/),
      expect.stringMatching(/^request to another origin: https:\/\/elsewhere\.example\/pixel\.png/),
    ]));
    expect(problems.axeDesktop).toEqual(expect.arrayContaining([expect.stringMatching(/^color-contrast: /)]));
    expect(problems.axe320).toEqual(expect.arrayContaining([expect.stringMatching(/^target-size: /), expect.stringMatching(/^color-contrast: /)]));
    expect(problems.sideways).toEqual([expect.stringMatching(/^at 320px the page is \d+px wide$/)]);
    expect(problems.reading).toEqual(['2 regions are named "Each year"']);
    await context.close();
  });

  it('find English words without lang on a page written right to left, and pass those that have it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${baseUrl}/__rtl__/`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: RTL_PAGE }));
    const problems = await checkPage(page, `${baseUrl}/__rtl__/`, baseUrl);
    expect(problems.reading).toEqual(['English words with no lang="en-GB" on a right-to-left page: "bank holidays" in <p>']);
    await context.close();
  });

  it('cover every built page once, between the shares', () => {
    const all = everyPagePath();
    expect(all).toContain('/');
    expect(all).toContain('/404.html');
    const shares = Array.from({ length: SHARES }, (_, i) => pagesInShare(i, all));
    expect(shares.flat().sort()).toEqual([...all].sort());
    for (const share of shares) expect(share.length).toBeGreaterThan(all.length / SHARES - 1);
  });
});
