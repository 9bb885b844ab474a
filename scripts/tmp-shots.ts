import { launchBrowser } from '../tests/support/browser';
import { serveDist } from '../tests/support/server';
const [dist, ...rest] = process.argv.slice(2);
const server = await serveDist(0, dist);
const browser = await launchBrowser();
for (const spec of rest) {
  const [path, widthText, action] = spec.split('|');
  const context = await browser.newContext({ viewport: { width: Number(widthText), height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
  await page.goto(server.url + path!, { waitUntil: 'networkidle' });
  if (action) await (new Function('page', `return (async () => { ${action} })()`))(page);
  await page.waitForTimeout(500);
  const name = `/tmp/shots/${path!.replace(/[^a-z0-9]+/gi, '_')}-${widthText}${action ? '-a' : ''}.png`;
  await page.screenshot({ path: name, fullPage: process.env['FULL'] === '1' });
  console.log(name, await page.title(), await page.evaluate(() => document.activeElement?.id));
  await context.close();
}
await browser.close();
await server.stop();
