/**
 * Browser scripts, and the CSV checks a page will run, must never pull in
 * Node: a module that needs Node says so in its name (`*.node.ts`). This walks
 * the real import graph from each of them and fails on the first Node import.
 */
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * The readers and checks that must stay browser-safe (the check page at
 * /publish/check/ runs them), as well as every `*.client.ts` and every module
 * an `.astro` page's `<script>` imports.
 */
const BROWSER_SAFE_CHECKS = [
  'core/csv.ts', 'core/validate.ts', 'core/fields.ts', 'ehcp/read.ts', 'plan/read.ts', 'directory/read.ts', 'directory/services.ts', 'directory/taxonomy.ts', 'compare/read.ts',
  'indicators/read.ts',
  // The directory feed importer's mapping and the HSDS export: only fetching and files are *.node.ts.
  'directory/feeds/import.ts', 'directory/feeds/feed-pages.ts', 'directory/feeds/tabular.ts', 'directory/feeds/report.ts', 'directory/hsds-export.ts', 'directory/open-referral.ts',
  'build/data.ts', 'build/registry.ts', 'core/history/guard.ts', 'publish/check-file.ts', 'config/site-file.ts',
];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The scripts an .astro file bundles for the browser (not `is:inline`), which import modules like any other. */
export function astroScripts(source: string): string {
  return [...source.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
}

/** Runtime imports of a module (type-only imports are erased, so they do not count). */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of source.matchAll(pattern)) found.push((m[1] ?? m[2])!);
  return found;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && p.endsWith('.ts'));
}

/** The chain of imports from `entry` to the first Node module, or undefined if there is none. */
export function nodeImportChain(entry: string): string[] | undefined {
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]): string[] | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    const here = [...chain, relative(SRC, file)];
    if (file.endsWith('.node.ts')) return here;
    const source = readFileSync(file, 'utf8');
    for (const spec of runtimeImports(file.endsWith('.astro') ? astroScripts(source) : source)) {
      // Astro's virtual modules (astro:content) exist only while the site builds.
      if (NODE_BUILTINS.has(spec) || spec.startsWith('astro:')) return [...here, spec];
      if (!spec.startsWith('.')) continue;
      const next = resolveLocal(file, spec);
      const found = next && visit(next, here);
      if (found) return found;
    }
    return undefined;
  };
  return visit(entry, []);
}

const entries = [
  ...walk(SRC).filter((f) => f.endsWith('.client.ts')),
  ...walk(SRC).filter((f) => f.endsWith('.astro') && astroScripts(readFileSync(f, 'utf8')).trim() !== ''),
  ...BROWSER_SAFE_CHECKS.map((f) => join(SRC, f)),
];

describe('Node and browser kept apart', () => {
  it('finds the browser scripts, including the check page and its <script>', () => {
    expect(entries.filter((f) => f.endsWith('.client.ts')).length).toBeGreaterThanOrEqual(5);
    expect(entries.map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['publish/check.client.ts', 'pages/publish/check/index.astro']));
  });

  it.each(entries.map((f) => [relative(SRC, f), f]))('%s pulls in no Node module', (_name, file) => {
    expect(nodeImportChain(file)).toBeUndefined();
  });

  it('catches a Node import behind another module', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boundary-'));
    writeFileSync(join(dir, 'a.client.ts'), "import { b } from './b';\n");
    writeFileSync(join(dir, 'b.ts'), "import type { Stats } from 'node:fs';\nimport { readFileSync } from 'node:fs';\nexport const b = 1;\n");
    expect(nodeImportChain(join(dir, 'a.client.ts'))?.slice(-1)).toEqual(['node:fs']);
    writeFileSync(join(dir, 'b.ts'), "import { c } from './c.node.ts';\nexport const b = c;\n");
    writeFileSync(join(dir, 'c.node.ts'), 'export const c = 1;\n');
    expect(nodeImportChain(join(dir, 'a.client.ts'))?.at(-1)).toMatch(/c\.node\.ts$/);
    expect(runtimeImports("import type { X } from 'node:fs';\nimport { y } from './y';\nexport { z } from 'node:path';")).toEqual(['./y', 'node:path']);
    // An .astro page's <script> counts; its frontmatter (which runs at build time) does not.
    writeFileSync(join(dir, 'page.astro'), "---\nimport { readFileSync } from 'node:fs';\n---\n<p>Hi</p>\n<script>\n  import './a.client';\n</script>\n");
    expect(nodeImportChain(join(dir, 'page.astro'))?.at(-1)).toMatch(/c\.node\.ts$/);
    writeFileSync(join(dir, 'b.ts'), "import { getEntry } from 'astro:content';\nexport const b = getEntry;\n");
    expect(nodeImportChain(join(dir, 'a.client.ts'))?.at(-1)).toBe('astro:content');
  });
});
