/**
 * Takes screenshots of built pages at desktop width and at 320px, to look at
 * what people see:  tsx scripts/screenshots.ts / /data/ehcp-timeliness/
 * Writes PNGs to screenshots/ (ignored by git). Needs `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser';
import { serveDist } from '../tests/support/server';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const noJs = process.argv.includes('--no-js');
mkdirSync('screenshots', { recursive: true });
// DIST_DIR=dist-sample looks at the frozen sample's build.
const server = await serveDist(0, process.env['DIST_DIR'] ?? 'dist');
const browser = await launchBrowser();
try {
  for (const [label, width] of [['desktop', 1280], ['320', 320]] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: !noJs });
    const page = await context.newPage();
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(600);
      const name = `screenshots/${(path.replace(/\//g, '_') || '_').replace(/^_|_$/g, '') || 'home'}-${label}${noJs ? '-nojs' : ''}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
