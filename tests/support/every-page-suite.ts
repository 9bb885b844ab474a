/**
 * The every-page checks (./page-checks.ts) for one share of the pages. The
 * pages are split over two test files so both test workers take a share.
 */
import { expect, inject } from 'vitest';
import { useBrowser } from './browser';
import { forEveryPage } from './every-page';
import { checkPage } from './page-checks';
import { everyPagePath } from './site';
import { site } from '../../src/config/site.node.ts';

/** An analytics service the council configured is the one other site a page may load from. */
const allowed = site.analytics ? [new URL(site.analytics.script).origin] : [];

export const SHARES = 2;

/** Every page whose position in the sorted list is `share` modulo SHARES (so each share gets every kind of page). */
export function pagesInShare(share: number, paths: readonly string[] = everyPagePath()): string[] {
  return paths.filter((_, i) => i % SHARES === share);
}

export function everyPageSuite(share: number): void {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();
  forEveryPage(
    'security, axe (WCAG 2.2 AA) at desktop and 320px, no sideways scrolling at 320px and 640px, and what a screen reader reads',
    browser,
    pagesInShare(share),
    async (page, url) => {
      expect(await checkPage(page, url, baseUrl, allowed)).toEqual({ security: [], axeDesktop: [], axe320: [], sideways: [], reading: [] });
    },
  );
}
