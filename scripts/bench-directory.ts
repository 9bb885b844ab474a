/**
 * `npm run bench:directory`: how the services directory holds up with a large
 * local area. Not a test; it prints figures to compare against the targets.
 *
 * For 2,000 and 5,000 generated services (scripts/generate-fixtures.ts), it
 * builds the whole site with DATA_DIR pointing at the generated data into a
 * temporary folder, then reports:
 *   - build time and peak memory (maximum resident set size, from /usr/bin/time -v)
 *   - the search index /services/index.json, raw and gzipped
 *   - the /services/ page weight with its index by the site check, and everything
 *     the browser actually fetches while opening it (target: 150 KB gzipped at 5,000)
 *   - the layout shift (CLS) while it opens on a 412px phone screen (target ≤ 0.05)
 *   - in Chromium with the CPU slowed 4 times (DevTools protocol), the time the
 *     page takes to filter and redraw on each keystroke (target: p95 to the next frame ≤ 50 ms at 5,000),
 *     measured in the page: from the input event to the end of the handler
 *     (filter + DOM update, what data-last-filter-ms reports), and to the next
 *     frame (adds style, layout, paint and the wait for a frame, about 16 ms).
 *
 *   npm run bench:directory [-- --sizes 2000,5000] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser';
import { pageWeight } from './lib/site-audit';
import { readCommandLine, wholeNumber } from './lib/cli';

const { SIZES, KEEP } = readCommandLine(
  {
    command: 'npm run bench:directory --',
    summary: 'Builds the site with generated directories of each size and prints build time, peak memory, the search index size, the /services/ page weight, its layout shift and the time each keystroke takes in Chromium with the CPU slowed 4 times. It prints figures; it does not pass or fail.',
    options: {
      sizes: { type: 'string', value: '<n,n,...>', default: '2000,5000', description: 'How many services to generate, one build for each.' },
      keep: { type: 'boolean', description: 'Keep the generated data and builds afterwards.' },
    },
    examples: ['npm run bench:directory', 'npm run bench:directory -- --sizes 500 --keep'],
  },
  ({ values }) => ({ SIZES: values.sizes.split(',').map((n) => wholeNumber('sizes', n, 2000, 1)), KEEP: values.keep }),
);
const THROTTLE = 4;
const QUERIES = ['swiming', 'speech therapy', 'marston football club', 'autism'];

interface Figures {
  services: number;
  buildSeconds: number;
  peakMb: number | undefined;
  pages: number;
  indexRaw: number;
  indexGz: number;
  /** /services/summaries.json, fetched on the first search. */
  summariesGz: number;
  directoryKb: number;
  /** Everything the browser fetched while opening /services/ (until the filter was ready), gzipped. */
  loadedKb: number;
  loadedFiles: string[];
  /** Cumulative layout shift while /services/ opens, on a 412px phone screen. */
  cls: number;
  readyMs: number;
  keystroke: { searchMedian: number; handlerMedian: number; handlerMax: number; frameMedian: number; frameP95: number; frameMax: number; count: number };
  /** rAF + setTimeout with no work at all: the wait for a frame that every 'to next frame' figure includes. */
  idleFrameMs: number;
  facetMs: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): { ok: boolean; stderr: string; stdout: string } {
  const result = spawnSync(command, argv, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ok: result.status === 0, stderr: result.stderr ?? '', stdout: result.stdout ?? '' };
}

function countPages(dir: string): number {
  const found = run('find', [dir, '-name', 'index.html']);
  return found.stdout.split('\n').filter((l) => l !== '').length;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/** A tiny static server over a built folder (directory URLs serve index.html). */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/** Layout shifts while /services/ opens on a phone-sized screen (as Lighthouse's mobile run), not counting any after input. */
async function measureShift(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${url}/services/`);
  await page.locator('#results[data-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  return cls;
}

async function measureBrowser(dist: string): Promise<Pick<Figures, 'readyMs' | 'keystroke' | 'facetMs' | 'idleFrameMs' | 'loadedKb' | 'loadedFiles' | 'cls'>> {
  const { server, url } = await serve(dist);
  const browser = await launchBrowser();
  try {
    const cls = await measureShift(browser, url);
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    const start = Date.now();
    await page.goto(`${url}/services/`, { waitUntil: 'networkidle' });
    await page.locator('#results[data-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
    const readyMs = Date.now() - start;
    const loadedFiles = [...new Set(loaded)];
    const loadedKb = loadedFiles.reduce((n, path) => {
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      return n + (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    }, 0) / 1024;
    const handler: number[] = [];
    const frame: number[] = [];
    const search: number[] = [];
    const idleFrameMs = await page.evaluate(async () => {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[10]!;
    });
    for (const query of QUERIES) {
      const times = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('#q')!;
        const results = document.querySelector<HTMLElement>('#results')!;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 50));
        const out: { handler: number; frame: number; search: number }[] = [];
        for (const ch of q) {
          input.value += ch;
          const t0 = performance.now();
          input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
          const t1 = performance.now();
          // The next frame: style, layout and paint of the new results.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          const t2 = performance.now();
          out.push({ handler: t1 - t0, frame: t2 - t0, search: Number(results.dataset['lastSearchMs']) });
        }
        return out;
      }, query);
      for (const t of times) {
        handler.push(t.handler);
        frame.push(t.frame);
        search.push(t.search);
      }
    }
    // A facet change: tick a need with the text box empty.
    const facetMs = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#q')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const box = document.querySelector<HTMLInputElement>('input[name="need"]')!;
      box.checked = true;
      const t0 = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    });
    await context.close();
    return {
      cls,
      loadedKb,
      loadedFiles,
      readyMs,
      facetMs,
      idleFrameMs,
      keystroke: {
        searchMedian: median(search),
        handlerMedian: median(handler),
        handlerMax: Math.max(...handler),
        frameMedian: median(frame),
        frameP95: percentile(frame, 0.95),
        frameMax: Math.max(...frame),
        count: frame.length,
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

async function bench(n: number, work: string): Promise<Figures> {
  const data = join(work, `data-${n}`);
  const dist = join(work, `dist-${n}`);
  console.log(`\n${n} services: generating data in ${data}`);
  const gen = run('npx', ['tsx', 'scripts/generate-fixtures.ts', '--services', String(n), '--out', data, '--seed', '42']);
  if (!gen.ok) throw new Error(`Generating fixtures failed:\n${gen.stderr}`);

  console.log(`${n} services: building into ${dist}`);
  // As `npm run build` runs it: with build.env (the allocator settings that keep memory down).
  const astro = ['--env-file=build.env', resolve('node_modules/astro/bin/astro.mjs')];
  const started = performance.now();
  const timed = existsSync('/usr/bin/time');
  const build = timed
    ? run('/usr/bin/time', ['-v', process.execPath, ...astro, 'build', '--outDir', dist], { ...process.env, DATA_DIR: data })
    : run(process.execPath, [...astro, 'build', '--outDir', dist], { ...process.env, DATA_DIR: data });
  const buildSeconds = (performance.now() - started) / 1000;
  if (!build.ok) throw new Error(`The build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  const rss = build.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  const peakMb = rss ? Number(rss[1]) / 1024 : undefined;

  const index = readFileSync(join(dist, 'services', 'index.json'));
  const read = (url: string) => {
    const file = join(dist, url.split('?')[0]!);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
  const weight = pageWeight(readFileSync(join(dist, 'services', 'index.html'), 'utf8'), read, ['/services/index.json']);

  console.log(`${n} services: timing keystrokes in Chromium at ${THROTTLE}× CPU slowdown`);
  const browser = await measureBrowser(dist);
  return {
    services: n,
    buildSeconds,
    peakMb,
    pages: countPages(dist),
    indexRaw: index.length,
    indexGz: gzipSync(index, { level: 9 }).length,
    summariesGz: existsSync(join(dist, 'services', 'summaries.json')) ? gzipSync(readFileSync(join(dist, 'services', 'summaries.json')), { level: 9 }).length : 0,
    directoryKb: weight.total / 1024,
    ...browser,
  };
}

const work = mkdtempSync(join(tmpdir(), 'bench-directory-'));
const results: Figures[] = [];
try {
  for (const n of SIZES) results.push(await bench(n, work));
} finally {
  if (!KEEP) rmSync(work, { recursive: true, force: true });
  else console.log(`Kept ${work}`);
}

console.log('\nServices directory benchmark');
const os = await import('node:os');
console.log(`(build on ${process.platform}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} — other work on the machine slows every figure; browser timings with ${THROTTLE}× CPU throttling, ${QUERIES.map((q) => `"${q}"`).join(', ')} typed one key at a time)\n`);
const rows: [string, (f: Figures) => string][] = [
  ['pages built', (f) => String(f.pages)],
  ['build time', (f) => `${f.buildSeconds.toFixed(1)} s`],
  ['peak memory (max RSS)', (f) => (f.peakMb === undefined ? 'n/a' : `${f.peakMb.toFixed(0)} MB`)],
  ['index raw', (f) => kb(f.indexRaw)],
  ['index gzipped', (f) => kb(f.indexGz)],
  ['summaries (first search) gzipped', (f) => kb(f.summariesGz)],
  ['/services/ with index, gzipped', (f) => `${f.directoryKb.toFixed(1)} KB`],
  ['/services/ all the browser loads', (f) => `${f.loadedKb.toFixed(1)} KB${f.services === 5000 ? (f.loadedKb <= 150 ? ' (target ≤ 150: met)' : ' (target ≤ 150: MISSED)') : ''}`],
  ['layout shift opening it (CLS)', (f) => `${f.cls.toFixed(3)}${f.cls <= 0.05 ? ' (target ≤ 0.05: met)' : ' (target ≤ 0.05: MISSED)'}`],
  ['page ready (fetch+index)', (f) => `${f.readyMs} ms`],
  ['keystroke: search only median', (f) => `${f.keystroke.searchMedian.toFixed(1)} ms`],
  ['keystroke: handler median', (f) => `${f.keystroke.handlerMedian.toFixed(1)} ms`],
  ['keystroke: handler max', (f) => `${f.keystroke.handlerMax.toFixed(1)} ms`],
  ['keystroke: to next frame median', (f) => `${f.keystroke.frameMedian.toFixed(1)} ms`],
  ['keystroke: to next frame p95', (f) => `${f.keystroke.frameP95.toFixed(1)} ms${f.services === 5000 ? (f.keystroke.frameP95 <= 50 ? ' (target ≤ 50: met)' : ' (target ≤ 50: MISSED)') : ''}`],
  ['keystroke: to next frame max', (f) => `${f.keystroke.frameMax.toFixed(1)} ms`],
  ['idle frame wait (no work)', (f) => `${f.idleFrameMs.toFixed(1)} ms`],
  ['tick a need, to next frame', (f) => `${f.facetMs.toFixed(1)} ms`],
];
const width = Math.max(...rows.map(([label]) => label.length));
const col = 34;
console.log(`${''.padEnd(width)}  ${results.map((r) => `${r.services} services`.padStart(col)).join('')}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${results.map((r) => value(r).padStart(col)).join('')}`);
for (const r of results) console.log(`\n${r.services} services: /services/ loaded ${r.loadedFiles.join(', ')}`);
