/**
 * `npm run lighthouse`: Lighthouse scores (mobile emulation) for the home page,
 * a guide, the directory, a service and the EHCP page, using Debian's Chromium.
 * Lighthouse is installed on first use into .cache/lighthouse (not a project
 * dependency: it is large and only this report needs it). Needs `npm run build`
 * (or DIST_DIR=<a build kept by a benchmark>). Prints scores and the layout shift (CLS).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChrome } from '../tests/support/browser';
import { serveSite } from '../tests/support/server';
import { readCommandLine } from './lib/cli';

readCommandLine({
  command: 'npm run lighthouse',
  summary: "Lighthouse scores (mobile emulation) and the layout shift (CLS) for the home page, a guide, the directory, a service and the EHCP page of the built site, in Debian's Chromium. Installs Lighthouse into .cache/lighthouse the first time.",
  examples: ['npm run build && npm run lighthouse', 'DIST_DIR=bench-out/dist npm run lighthouse'],
  notes: ['Reads the site in DIST_DIR (default dist/).'],
});

const CACHE = resolve('.cache', 'lighthouse');
const LH = join(CACHE, 'node_modules', '.bin', 'lighthouse');
if (!existsSync(LH)) {
  console.log('Installing Lighthouse into .cache/lighthouse (first run only)...');
  mkdirSync(CACHE, { recursive: true });
  const install = spawnSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', CACHE, 'lighthouse@13'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(1);
}

/** The built site to report on: dist/, or DIST_DIR (e.g. a benchmark's build kept with --keep). */
const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The first page under a folder of dist/, so the report follows whatever content is shipped. */
function firstPage(folder: string, exclude: RegExp = /^$/): string | undefined {
  const dir = join(DIST, folder);
  if (!existsSync(dir)) return undefined;
  const found = (readdirSync(dir, { withFileTypes: true }) as { name: string; isDirectory(): boolean }[])
    .filter((d) => d.isDirectory() && !exclude.test(d.name) && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return found ? `/${folder}/${found}/` : undefined;
}

const paths = ['/', firstPage('guides'), '/services/', firstPage('services', /^(category|need|shortlist)$/), '/data/ehcp-timeliness/'].filter(
  (p): p is string => p !== undefined && existsSync(join(DIST, p, 'index.html')),
);
/** Runs a command without blocking this process, collecting its exit code and error output. */
function runAsync(command: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stderr }));
  });
}

const server = await serveSite(DIST);
const chrome = findChrome();
const rows: string[] = [];
try {
  for (const path of paths) {
    const out = join(CACHE, 'report.json');
    // Asynchronous: the preview server runs in this process and must keep answering.
    const run = await runAsync(
      LH,
      [
        server.url + path,
        `--chrome-path=${chrome}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
    );
    if (run.status !== 0) {
      rows.push(`${path.padEnd(34)} failed: ${run.stderr.trim().split('\n').at(-1)}`);
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> };
    const score = (id: string) => String(Math.round((report.categories[id]?.score ?? 0) * 100)).padStart(6);
    const cls = (report.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3).padStart(7);
    rows.push(`${path.padEnd(34)}${score('performance')}${score('accessibility')}${score('best-practices')}${score('seo')}${cls}`);
  }
} finally {
  await server.stop();
}
console.log('Lighthouse, mobile emulation (0-100):');
console.log(`${'page'.padEnd(34)}  perf  a11y  best   seo    CLS`);
for (const row of rows) console.log(row);
