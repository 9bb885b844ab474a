/** Keyboard only: the skip link and the main menu. (Reflow at 320px and 640px is checked on every page: tests/support/page-checks.ts.) */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('keyboard only', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(first).toEqual({ text: 'Skip to main content', href: '#main' });
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('Tab reaches the main navigation and Enter follows a link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // Whatever the area's menu holds: Tab until focus is in it (a language switcher may come first).
    let link: { label: string; href: string } | undefined;
    for (let i = 0; i < 20 && !link; i++) {
      await page.keyboard.press('Tab');
      link = await page.evaluate((home) => {
        const a = document.activeElement;
        return a?.closest('nav[aria-label="Main"]') && (a as HTMLAnchorElement).href !== home ? { label: a.textContent?.trim() ?? '', href: (a as HTMLAnchorElement).href } : undefined;
      }, `${baseUrl}/`);
    }
    expect(link?.label).toBeTruthy();
    // The focused link has a visible focus style: the yellow background.
    const background = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
    expect(background).toBe('rgb(255, 221, 0)');
    await Promise.all([page.waitForURL(link!.href), page.keyboard.press('Enter')]);
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).toBe(link!.label);
    await context.close();
  });
});
