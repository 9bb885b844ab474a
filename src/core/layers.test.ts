/**
 * The folders of src/ form layers, each importing only those below it:
 * core → config → ui → the features → build → layouts and publish → pages.
 * No folder imports one above it, and no two folders import each other (no
 * cycle through any number of folders). Walks every import, type-only too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..');

/** Lower layers first; every other folder is a feature, between ui and build. */
const BELOW_FEATURES = ['core', 'config', 'ui'];
const ABOVE_FEATURES = ['build', 'layouts', 'publish', 'pages'];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every file's imports of other files in src/, by folder: `ehcp` → {core, config, ui}. */
export function folderImports(files: readonly string[] = walk(SRC)): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  const folderOf = (file: string) => relative(SRC, file).split(sep)[0]!;
  for (const file of files.filter((f) => /\.(ts|astro)$/.test(f) && !/\.test\.ts$/.test(f) && !f.includes(`${sep}__fixtures__${sep}`))) {
    const from = folderOf(file);
    if (from.includes('.')) continue; // content.config.ts and the like sit at the top
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:import|export)\s[^'";]*?from\s+['"](\.[^'"]+)['"]|import\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const to = folderOf(resolve(dirname(file), (m[1] ?? m[2])!));
      if (to === from || to.includes('.') || to.startsWith('..')) continue;
      const byFolder = edges.get(from) ?? new Map<string, string[]>();
      byFolder.set(to, [...(byFolder.get(to) ?? []), relative(SRC, file)]);
      edges.set(from, byFolder);
    }
  }
  return edges;
}

/** A cycle of folders, if there is one: ['a', 'b', 'a']. */
export function findCycle(edges: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]): string[] | undefined => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done') return undefined;
    state.set(node, 'open');
    for (const next of edges.get(node)?.keys() ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

const rank = (folder: string) => {
  const below = BELOW_FEATURES.indexOf(folder);
  if (below >= 0) return below;
  const above = ABOVE_FEATURES.indexOf(folder);
  return above >= 0 ? BELOW_FEATURES.length + 1 + above : BELOW_FEATURES.length;
};

describe('the folders of src/ form layers', () => {
  const edges = folderImports();

  it('no folder imports one above it', () => {
    const upward = [...edges].flatMap(([from, to]) => [...to].filter(([folder]) => rank(folder) > rank(from)).map(([folder, files]) => `${from} → ${folder} (${files.join(', ')})`));
    expect(upward).toEqual([]);
  });

  it('no two folders import each other, however far round (pages aside)', () => {
    const withoutPages = new Map([...edges].filter(([from]) => from !== 'pages').map(([from, to]) => [from, new Map([...to].filter(([folder]) => folder !== 'pages'))]));
    expect(findCycle(withoutPages)).toBeUndefined();
  });

  it('the checks can fail: an upward import and a cycle are found', () => {
    expect(findCycle(new Map([['a', new Map([['b', []]])], ['b', new Map([['c', []]])], ['c', new Map([['a', []]])]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(rank('core')).toBeLessThan(rank('ehcp'));
    expect(rank('ehcp')).toBeLessThan(rank('build'));
    expect(rank('build')).toBeLessThan(rank('pages'));
  });
});
