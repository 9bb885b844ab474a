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
 * - What a screen reader meets beyond axe: no two regions with the same name
 *   (a list of regions would show them alike), and on a page written right to
 *   left no English (Latin-script) words without `lang`, which a right-to-left
 *   voice mispronounces.
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
  /** Repeated region names, and Latin-script words with no lang on a right-to-left page. */
  reading: string[];
}

/** Runs in the page: what a screen reader would meet that axe does not look for. */
function readingProblems(): string[] {
  const problems: string[] = [];
  const nameOf = (el: Element) => {
    const ids = el.getAttribute('aria-labelledby');
    const text = ids ? ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : (el.getAttribute('aria-label') ?? '');
    return text.replace(/\s+/g, ' ').trim();
  };
  const seen = new Map<string, number>();
  for (const el of document.querySelectorAll('[role="region"], section[aria-labelledby], section[aria-label]')) {
    const name = nameOf(el);
    if (name !== '') seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  for (const [name, count] of seen) if (count > 1) problems.push(`${count} regions are named "${name}"`);
  if (document.documentElement.dir === 'rtl') {
    const page = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, [hidden], [aria-hidden="true"]')) continue;
      const words = (node.textContent ?? '').match(/\p{Script=Latin}[\p{Script=Latin}'’.-]*/gu);
      if (!words) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? page;
      if (lang === page) problems.push(`English words with no lang="en-GB" on a right-to-left page: "${words.join(' ')}" in <${parent.tagName.toLowerCase()}>`);
    }
  }
  return problems;
}


/**
 * `allowedOrigins`: sites the council has chosen to load from (an analytics
 * service configured in site.yaml, which the Content Security Policy allows too).
 */
export async function checkPage(page: Page, url: string, baseUrl: string, allowedOrigins: readonly string[] = []): Promise<PageProblems> {
  const problems: PageProblems = { security: [], axeDesktop: [], axe320: [], sideways: [], reading: [] };
  const onConsole = (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.security.push(m.text());
  };
  const onError = (e: Error) => problems.security.push(e.message);
  const onRequest = (r: Request) => {
    const address = new URL(r.url());
    if (!['data:', 'blob:'].includes(address.protocol) && address.origin !== new URL(baseUrl).origin && !allowedOrigins.includes(address.origin)) problems.security.push(`request to another origin: ${r.url()}`);
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
    problems.reading = await page.evaluate(readingProblems);
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
