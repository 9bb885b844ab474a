/**
 * Takes screenshots of built pages at desktop width and at 320px, to look at
 * what people see:  tsx scripts/screenshots.ts / /data/ehcp-timeliness/
 * Writes PNGs to screenshots/ (ignored by git). Needs `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser';
import { serveSite } from '../tests/support/server';
import { readCommandLine, UsageError } from './lib/cli';

const { paths, noJs } = readCommandLine(
  {
    command: 'npx tsx scripts/screenshots.ts',
    summary: 'Screenshots of built pages at desktop width and at 320px, written as PNGs into screenshots/. Needs npm run build first.',
    args: [{ name: 'page', description: 'Addresses of pages on the site, starting with / (default: the home page).', many: true }],
    options: { 'no-js': { type: 'boolean', description: 'Take them with JavaScript turned off.' } },
    examples: ['npx tsx scripts/screenshots.ts / /data/ehcp-timeliness/', 'npx tsx scripts/screenshots.ts /services/ --no-js'],
  },
  ({ values, positionals }) => {
    const wrong = positionals.find((p) => !p.startsWith('/'));
    if (wrong !== undefined) throw new UsageError(`Page addresses start with /, such as /services/, but found "${wrong}".`);
    return { paths: positionals, noJs: values['no-js'] };
  },
);
mkdirSync('screenshots', { recursive: true });
// DIST_DIR=dist-sample DATA_DIR=tests/sample/data looks at the frozen sample's build (served at its own base).
const server = await serveSite(process.env['DIST_DIR'] ?? 'dist');
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
