/**
 * Checks that run on every built page, several pages at once.
 *
 * Each check borrows a page from a small pool (each page in a browser context
 * of its own) and navigates it: reusing pages saves starting a renderer per
 * URL, which cost more than most checks. The tests of one `forEveryPage` run
 * concurrently, up to `maxConcurrency` in vitest.config.ts, so while one page
 * waits on the network or for quiet, another is being checked.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, inject, it } from 'vitest';

/** Pages to lend out, each in its own context; grows to as many as are borrowed at once. */
export class PagePool {
  readonly #idle: Page[] = [];
  readonly #contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly options: BrowserContextOptions = {},
  ) {}

  /** Runs `use` with a page of its own; the page goes back to the pool afterwards (or is dropped if it broke). */
  async borrow<T>(use: (page: Page) => Promise<T>): Promise<T> {
    const page = this.#idle.pop() ?? (await this.#open());
    let healthy = false;
    try {
      const result = await use(page);
      healthy = true;
      return result;
    } finally {
      // A page whose check failed half way may be in any state: start the next check afresh.
      if (healthy && !page.isClosed()) this.#idle.push(page);
      else await page.context().close().catch(() => undefined);
    }
  }

  async #open(): Promise<Page> {
    const context = await this.browser.newContext(this.options);
    this.#contexts.push(context);
    return context.newPage();
  }

  async close(): Promise<void> {
    await Promise.all(this.#contexts.map((c) => c.close().catch(() => undefined)));
  }
}

/**
 * One test per path, run concurrently: `check` gets a pooled page and the
 * page's full address, and navigates there itself (so it can listen first).
 */
export function forEveryPage(
  title: string,
  browser: Browser,
  paths: readonly string[],
  check: (page: Page, url: string, path: string) => Promise<void>,
  options: BrowserContextOptions = {},
): void {
  const baseUrl = inject('baseUrl');
  describe.concurrent(title, () => {
    let pool: PagePool | undefined;
    afterAll(async () => {
      await pool?.close();
    });
    it.each(paths)('%s', async (path) => {
      pool ??= new PagePool(browser, options);
      await pool.borrow((page) => check(page, baseUrl + path, path));
    });
  });
}
