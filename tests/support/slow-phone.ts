/**
 * A parent's phone for the journey tests: a window 360px wide, a slow
 * connection and a slow processor (Chrome DevTools Protocol), and moving
 * only with the keyboard, counting the steps a journey takes.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** A slow mobile connection: 400 ms round trips, 50 kB/s down, 20 kB/s up. */
export const SLOW_NETWORK = { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 20 * 1024 } as const;
/** A cheap phone's processor: four times slower than this machine's. */
export const SLOW_CPU = 4;

/**
 * Run at another date with libfaketime (`faketime '2028-02-29 12:00:00' npm test`, README)? Chromium's CPU
 * throttling stalls under it (a page at rate 4 never loaded in 20 s; without faketime it loads in under 1 s),
 * so then the phone is slow on the network only.
 */
const UNDER_FAKETIME = process.env['FAKETIME'] !== undefined || /faketime/.test(process.env['LD_PRELOAD'] ?? '');

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Each step a parent took, in words, in order. */
  steps: string[];
}

/** A new 360px browser context whose page has the slow network and processor. */
export async function slowPhone(browser: Browser): Promise<Phone> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  if (!UNDER_FAKETIME) await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
  return { context, page, steps: [] };
}

/** Whether the element is the one with focus. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** Presses Tab until `target` has focus (as a keyboard user moves), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await hasFocus(target)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Pressed Tab ${max} times and never reached ${target.toString()}`);
}

/** One step of a journey: what the parent does, done with the keyboard. */
export async function step(phone: Phone, words: string, action: () => Promise<void>): Promise<void> {
  phone.steps.push(words);
  await action();
}

/** Tabs to a link and follows it with Enter, waiting for the new page. */
export async function follow(page: Page, link: Locator): Promise<void> {
  await tabTo(page, link);
  const target = new URL((await link.getAttribute('href'))!, page.url());
  await Promise.all([page.waitForURL((url) => url.pathname === target.pathname, { waitUntil: 'domcontentloaded', timeout: 45_000 }), page.keyboard.press('Enter')]);
}

/** Tabs to a collapsed group (a <details>), opens it with Enter, tabs to a checkbox and ticks it with Space. */
export async function choose(page: Page, group: Locator, box: Locator): Promise<void> {
  await tabTo(page, group.locator('summary'));
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
  await tabTo(page, box);
  await page.keyboard.press('Space');
}
