/**
 * On a phone, at WCAG's reflow width (320px): every link and button is a big
 * enough touch target (2.5.8 target size: at least 24 by 24 CSS pixels, or
 * spaced so a 24px circle on each touches no other), which only the wcag22aa
 * rules check. A file of its own so it runs beside accessibility.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser';
import { forEveryPage } from '../support/every-page';
import { everyPagePath } from '../support/site';

const paths = everyPagePath();
const browser = useBrowser();
const PHONE = { width: 320, height: 800 };

describe('the 320px check', () => {
  it('finds touch targets that are too small and too close', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.setContent('<main><a href="#a" style="display:inline-block;height:16px">A</a><a href="#b" style="display:inline-block;height:16px">B</a></main>');
    expect(await axeViolations(page, ['wcag22aa'])).toEqual([expect.stringMatching(/^target-size: /)]);
    await context.close();
  });
});

forEveryPage(
  'at 320px wide every built page passes axe wcag22aa, including target size',
  browser,
  paths,
  async (page, url) => {
    await page.goto(url, { waitUntil: 'load' });
    expect(await axeViolations(page, ['wcag22aa'])).toEqual([]);
  },
  { viewport: PHONE },
);
