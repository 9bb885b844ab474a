import { describe, expect, it } from 'vitest';
import { axeViolations, WCAG_AA } from '../support/axe';
import { useBrowser } from '../support/browser';
import { forEveryPage } from '../support/every-page';
import { everyPagePath } from '../support/site';

const paths = everyPagePath();
const browser = useBrowser();

describe('every built page has zero axe violations (WCAG 2.2 AA)', () => {
  it('the sitemap lists the pages', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/data/ehcp-timeliness/');
  });
});

// Several pages at once, each in its own browser context; the same at 320px wide is in accessibility-320.test.ts.
forEveryPage('every built page has zero axe violations (WCAG 2.2 AA)', browser, paths, async (page, url) => {
  await page.goto(url, { waitUntil: 'load' });
  expect(await axeViolations(page, WCAG_AA)).toEqual([]);
});
