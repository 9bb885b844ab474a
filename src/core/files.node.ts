/**
 * Finding and reading the committed data files. The folder is `data/` unless
 * the environment variable DATA_DIR points elsewhere (for previews and benchmarks).
 */
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from './csv';
import type { DataProblem } from './problems';
import { missingFile, type DataFolder } from './data-folder.ts';

export type { SourceFile };

export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['DATA_DIR'] ?? 'data');
}

/** The written content (guides, glossary, updates): `content/` unless CONTENT_DIR says otherwise. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['CONTENT_DIR'] ?? 'content');
}

/**
 * Every file below a folder whose name ends with one of `extensions`, sorted; none if the folder is missing.
 * `path` is for messages; `name` is the path under `dir` (`young-people/what-is.mdx`), whatever the folder is called.
 */
export function readTextTree(dir: string, extensions: readonly string[]): { path: string; name: string; source: string }[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)))
    .sort()
    .map((name) => ({ path: displayPath(join(dir, name)), name: name.split('\\').join('/'), source: readFileSync(join(dir, name), 'utf8') }));
}

/** Every file below a folder, by its path inside it with `/` (`improvement-plan/areas.csv`), sorted; none if the folder is missing. */
export function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Site paths of every file in public/, e.g. `/images/easy-read/plan.svg`. */
export function publicFiles(dir = resolve('public')): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((name) => `/${name.split('\\').join('/')}`);
}

/** A path for messages: relative to where the command was run. */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel.startsWith('..') ? absolute : rel.split('\\').join('/');
}

/** Reads one file, or reports that it is missing. */
export function readSource(dir: string, name: string): { path: string; file?: SourceFile; problems: DataProblem[] } {
  const absolute = join(dir, name);
  const path = displayPath(absolute);
  if (!existsSync(absolute)) {
    return { path, problems: [missingFile(name, displayPath(dir), path)] };
  }
  return { path, file: { path, bytes: readFileSync(absolute) }, problems: [] };
}

/** Every `.csv` file in a folder, sorted by name; none if the folder is missing. */
export function readCsvFolder(dir: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => ({ path: displayPath(join(dir, name)), bytes: readFileSync(join(dir, name)) }));
}

/** The data folder on disk, for the feature loaders (`ehcpFrom` and the like) that the check page also runs in memory. */
export function diskFolder(dir: string): DataFolder {
  const split = (name: string) => {
    const slash = name.lastIndexOf('/');
    return slash < 0 ? { folder: dir, base: name } : { folder: join(dir, name.slice(0, slash)), base: name.slice(slash + 1) };
  };
  return {
    read: (name) => {
      const { folder, base } = split(name);
      return readSource(folder, base);
    },
    has: (name) => existsSync(join(dir, name)),
    list: (folder) => readCsvFolder(join(dir, folder)),
    pathOf: (name) => displayPath(join(dir, name)),
  };
}
