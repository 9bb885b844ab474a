import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const html = (title: string, body: string, head = '') =>
  `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>\n`;

/** A tiny built site: a home page and one guide, with whatever is given. */
function fakeDist(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'olo-dist-'));
  dirs.push(dir);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

const run = (dist: string, env: Record<string, string> = {}) => spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/check-site.ts'], { encoding: 'utf8', env: { ...process.env, DIST_DIR: dist, ...env } });

/** A data folder whose site.yaml is the frozen sample's with another siteUrl: all check-site reads from it. */
function dataWithSiteUrl(siteUrl: string): string {
  return fakeDist({ 'site.yaml': readFileSync('tests/sample/data/site.yaml', 'utf8').replace(/^siteUrl: .*$/m, `siteUrl: ${siteUrl}`) });
}

describe('npm run check-site', () => {
  it('passes a small valid site and prints its weights', () => {
    const dist = fakeDist({ 'index.html': html('Home', '<a href="/guides/a/">A guide</a>'), 'guides/a/index.html': html('A', '<p id="x">Hello</p><a href="/">Home</a>') });
    const result = run(dist);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/guide\s+\d+\.\d/);
  });

  it('fails a broken link and says which page has it', () => {
    const dist = fakeDist({ 'index.html': html('Home', '<a href="/nowhere/">Gone</a>') });
    const result = run(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/ links to /nowhere/, which does not exist.');
  });

  it('for a site hosted under a path, fails a link without the path, as a council\'s CI would', () => {
    const data = dataWithSiteUrl('https://www.council.example/localoffer/');
    const good = fakeDist({ 'index.html': html('Home', '<a href="/localoffer/guides/a/">A guide</a>'), 'guides/a/index.html': html('A', '<a href="/localoffer/">Home</a> <a href="../../">Up</a>') });
    const passed = run(good, { DATA_DIR: data });
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
    const bad = fakeDist({ 'index.html': html('Home', '<a href="/guides/a/">A guide</a>'), 'guides/a/index.html': html('A', '<a href="/localoffer/">Home</a>') });
    const failed = run(bad, { DATA_DIR: data });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("/ links to /guides/a/, which leaves out the site's path /localoffer/ (the path of siteUrl in site.yaml).");
  });

  it('fails a guide over its 40 KB budget that also loads JavaScript', () => {
    const dist = fakeDist({
      'index.html': html('Home', '<a href="/guides/big/">Big</a>'),
      'guides/big/index.html': html('Big', '<p>Big</p>', '<script type="module" src="/_astro/big.js"></script>'),
      '_astro/big.js': randomBytes(50 * 1024),
    });
    const result = run(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/guides\/big\/ weighs 5\d\.\d KB gzipped; the budget for a guide page is 40 KB\./);
    expect(result.stderr).toMatch(/\/guides\/big\/ loads 5\d\.\d KB of JavaScript gzipped; a guide page may load at most 5 KB, and must work without it\./);
  });

  it('fails a script from another site and an inline style', () => {
    const dist = fakeDist({ 'index.html': html('Home', '<p style="color:red">Hi</p>', '<script src="https://cdn.example/x.js"></script>') });
    const result = run(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/ loads https://cdn.example/x.js from another site.');
    expect(result.stderr).toMatch(/HTML no-inline-style/);
  });
});
