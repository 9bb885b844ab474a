/**
 * Everything checked on every built page, in one test per page: starting a
 * browser context and putting axe into a page cost more than most checks, so
 * each page is checked in one borrowed page, loaded at three widths.
 *
 * - Content Security Policy kept, no script errors, nothing loaded from
 *   another origin (waiting until the network is quiet, to catch late loads).
 * - axe-core with every WCAG 2.0–2.2 A and AA rule at desktop width and again
 *   at 320px (WCAG's reflow width, where touch targets are smallest).
 * - No sideways scrolling at 320px, nor at 640px (1280px at 200% zoom).
 */
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { axeViolations, WCAG_AA } from './axe';

const DESKTOP = { width: 1280, height: 800 };
/** Widths at which a page must not scroll sideways, narrowest last: axe runs again at 320px. */
const REFLOW_WIDTHS = [640, 320] as const;

/** How long a page may take to fit a narrower window, or to fit once loaded at that width. */
const SETTLE_MS = 1_000;

/** Whether the page fits `width` within `ms` (it may draw or redraw after a resize or the load event). */
function fitsWithin(page: Page, width: number, ms: number): Promise<boolean> {
  return page.waitForFunction((w) => document.documentElement.scrollWidth <= w, width, { timeout: ms, polling: 50 }).then(
    () => true,
    () => false,
  );
}

export interface PageProblems {
  /** CSP refusals, script errors and requests to another origin. */
  security: string[];
  /** axe violations at desktop width. */
  axeDesktop: string[];
  /** axe violations at 320px. */
  axe320: string[];
  /** Widths at which the page scrolls sideways, with how wide it is. */
  sideways: string[];
}


/**
 * `allowedOrigins`: sites the council has chosen to load from (an analytics
 * service configured in site.yaml, which the Content Security Policy allows too).
 */
export async function checkPage(page: Page, url: string, baseUrl: string, allowedOrigins: readonly string[] = []): Promise<PageProblems> {
  const problems: PageProblems = { security: [], axeDesktop: [], axe320: [], sideways: [] };
  const onConsole = (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.security.push(m.text());
  };
  const onError = (e: Error) => problems.security.push(e.message);
  const onRequest = (r: Request) => {
    const address = new URL(r.url());
    if (!['data:', 'blob:'].includes(address.protocol) && address.origin !== baseUrl && !allowedOrigins.includes(address.origin)) problems.security.push(`request to another origin: ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  try {
    await page.setViewportSize(DESKTOP);
    await page.goto(url, { waitUntil: 'networkidle' });
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '(none)';
    if (!csp.includes("default-src 'self'")) problems.security.push(`the Content Security Policy lacks default-src 'self': ${csp}`);
    if (csp.includes('unsafe-inline')) problems.security.push(`the Content Security Policy allows unsafe-inline: ${csp}`);
    problems.axeDesktop = await axeViolations(page, WCAG_AA);
    for (const width of REFLOW_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      if (!(await fitsWithin(page, width, SETTLE_MS))) {
        // A chart drawn for the wide window redraws when the window narrows, but headless Chromium
        // with several pages open does not always give it the frame to do so: load the page afresh
        // at this width, and judge that.
        await page.goto(url, { waitUntil: 'load' });
        await fitsWithin(page, width, SETTLE_MS);
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) problems.sideways.push(`at ${width}px the page is ${scrollWidth}px wide`);
    }
    problems.axe320 = await axeViolations(page, WCAG_AA);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
  }
  return problems;
}
