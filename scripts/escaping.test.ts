import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Text from CSV files must always reach the page as text, and downloads must
// not carry formulas a spreadsheet would run. This builds the whole site from
// a data folder with hostile text in one service and reads the output.
const root = mkdtempSync(join(tmpdir(), 'olo-escape-'));
const out = join(root, 'dist');
const ID = 'northbrook-sendiass';
const NAME = 'Advice <img src=x onerror=alert(1)> service';
const DESCRIPTION = '<script>alert("pwned")</script> We help <b>families</b>. =HYPERLINK("http://evil.example")';
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  cpSync('tests/sample/data', join(root, 'data'), { recursive: true });
  const file = join(root, 'data', 'services.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  const row = parsed.data.find((r) => r['id'] === ID)!;
  row['name'] = NAME;
  row['description'] = DESCRIPTION;
  row['cost_details'] = '=1+1';
  writeFileSync(file, Papa.unparse(parsed.data, { columns: parsed.meta.fields! }));
  build = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', out], { encoding: 'utf8', env: { ...process.env, DATA_DIR: join(root, 'data') } });
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('hostile text in a CSV file', () => {
  it('builds', () => {
    expect(build.status, String(build.stderr)).toBe(0);
  });

  it('shows markup as text on the service page, never as elements', () => {
    const html = readFileSync(join(out, 'services', ID, 'index.html'), 'utf8');
    const page = parse(html);
    expect(page.querySelector('h1')?.text).toBe(NAME);
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    // No element came from the text: no injected image, bold or running script.
    expect(page.querySelectorAll('img[src="x"], [onerror]')).toHaveLength(0);
    expect(page.querySelectorAll('main b')).toHaveLength(0);
    const running = page.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(running.map((s) => s.text).join('')).not.toContain('pwned');
  });

  it('keeps the JSON-LD block closed, so it cannot run script', () => {
    const html = readFileSync(join(out, 'services', ID, 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(1);
    expect(blocks[0]).not.toContain('</script');
    expect(() => JSON.parse(blocks[0]!)).not.toThrow();
  });

  it('neutralises formulas in the CSV download', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(out, 'open-data', 'services.csv'), 'utf8'), { header: true }).data;
    const row = csv.find((r) => r['id'] === ID)!;
    expect(row['cost_details']).toBe("'=1+1");
    expect(row['description']).toBe(DESCRIPTION);
  });
});
