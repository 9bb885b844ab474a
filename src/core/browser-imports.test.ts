/**
 * Nothing a browser script imports may pull in Node: walks the import graph
 * from every `*.client.ts` and every module an `.astro` `<script>` imports,
 * and fails on a `node:` module, a Node built-in, a `*.node.ts` module or an
 * Astro virtual module, naming the chain of imports that leads to it.
 */
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function filesUnder(dir: string, ending: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith(ending)).map((f) => join(dir, f));
}

/** Imports that stay in the built JavaScript: type-only imports and exports are erased. */
export function runtimeImports(source: string, fileName = 'x.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause?.isTypeOnly || (clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The scripts an .astro file bundles for the browser (not `is:inline`). */
export function astroScripts(source: string): string[] {
  return [...source.matchAll(/<script(?![^>]*\bis:inline)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
}

const BUILTINS = new Set(builtinModules);

/** Why a specifier may not reach the browser, or undefined if it may. */
function forbidden(specifier: string, resolved: string | undefined): string | undefined {
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return `the Node module ${specifier}`;
  if (specifier.startsWith('astro:')) return `the Astro virtual module ${specifier}, which exists only while building`;
  if (resolved?.endsWith('.node.ts')) return `${relative(SRC, resolved)}, a Node-only module`;
  return undefined;
}

/** Every forbidden import reachable from one entry, with the chain of files that leads to it. */
export function browserProblems(entry: string, imports: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, specifiers: readonly string[], chain: readonly string[]) => {
    for (const specifier of specifiers) {
      const resolved = specifier.startsWith('.') ? resolveRelative(file, specifier) : undefined;
      const why = forbidden(specifier, resolved);
      if (why) {
        problems.push(`${[...chain, specifier].join(' → ')}: ${why}`);
        continue;
      }
      if (!resolved || seen.has(resolved) || !resolved.endsWith('.ts')) continue;
      seen.add(resolved);
      walk(resolved, runtimeImports(readFileSync(resolved, 'utf8'), resolved), [...chain, relative(SRC, resolved)]);
    }
  };
  walk(entry, imports, [relative(SRC, entry)]);
  return problems;
}

const clientFiles = filesUnder(SRC, '.client.ts');
const astroFiles = filesUnder(SRC, '.astro').filter((f) => astroScripts(readFileSync(f, 'utf8')).length > 0);

describe('browser scripts import nothing that needs Node', () => {
  it('finds the browser scripts, including the check page', () => {
    expect(clientFiles.map((f) => relative(SRC, f))).toContain('publish/check.client.ts');
    expect(astroFiles.map((f) => relative(SRC, f))).toContain('pages/publish/check/index.astro');
  });

  it.each(clientFiles.map((f) => [relative(SRC, f), f]))('%s', (_name, file) => {
    expect(browserProblems(file, runtimeImports(readFileSync(file, 'utf8'), file))).toEqual([]);
  });

  it.each(astroFiles.map((f) => [relative(SRC, f), f]))('the <script> of %s', (_name, file) => {
    const imports = astroScripts(readFileSync(file, 'utf8')).flatMap((script) => runtimeImports(script, file));
    expect(browserProblems(file, imports)).toEqual([]);
  });

  it('would catch a Node module however deep, and ignores type-only imports', () => {
    expect(runtimeImports("import type { A } from './a.node.ts';\nimport { type B } from './b';\nimport { c } from './c';\nexport * from './d';\nawait import('./e');")).toEqual(['./c', './d', './e']);
    expect(browserProblems(join(SRC, 'x.client.ts'), ['../src/history/history.node.ts'])).toEqual(['x.client.ts → ../src/history/history.node.ts: history/history.node.ts, a Node-only module']);
    // The page collections read astro:content; a browser script that imported them is caught one step down.
    expect(browserProblems(join(SRC, 'x.client.ts'), ['./core/collections.ts'])[0]).toMatch(/^x\.client\.ts → core\/collections\.ts → astro:content: the Astro virtual module/);
    expect(browserProblems(join(SRC, 'x.client.ts'), ['./history/collections.node.ts', 'fs'])).toContain('x.client.ts → fs: the Node module fs');
  });
});
