/**
 * Starts Debian's Chromium through playwright-core. Tests never download a
 * browser: set CHROME_PATH, or install Chromium at /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChrome(env: Record<string, string | undefined> = process.env): string {
  const wanted = env['CHROME_PATH'];
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROME_PATH is set to ${wanted}, but there is no file there.`);
    return wanted;
  }
  const found = CHROME_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and could not find it. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * One Chromium for the test file it is called in: started before the tests,
 * closed after them. Returns a stand-in that forwards to it.
 */
export function useBrowser(): Browser {
  let instance: Browser | undefined;
  beforeAll(async () => {
    instance = await launchBrowser();
  });
  afterAll(async () => {
    await instance?.close();
  });
  return new Proxy({} as Browser, {
    get: (_, prop) => {
      if (!instance) throw new Error('The browser starts in beforeAll; use it inside a test or hook.');
      const value: unknown = Reflect.get(instance, prop);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(instance) : value;
    },
  });
}
