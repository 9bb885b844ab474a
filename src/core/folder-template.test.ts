/**
 * Every feature folder follows one template, so a dataset is found in the
 * same files wherever it lives. A dataset folder (one whose dataset.ts calls
 * `defineDataset`) has the files in TEMPLATE; in every folder, components
 * (.astro) sit in `components/` and the styles in one `<folder>.css` at its
 * root. Reads the folders as they are on disk, like node-boundary.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..');

/** The files every dataset folder has, and what each holds. */
export const TEMPLATE: Readonly<Record<string, string>> = {
  'dataset.ts': 'the description (defineDataset: files, reader, history, facts, pages)',
  'read.ts': 'the reader: schemas, column lists and the checks of its files',
  'view.ts': 'the view model: what a page shows, worked out once',
  'collection.ts': 'the getters pages call (what the build holds)',
  'downloads.ts': 'its open data downloads',
};

/** A template file a folder keeps elsewhere, and why. Keep this short. */
const KEPT_ELSEWHERE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  history: { 'read.ts': 'the change log is read by the history engine (core/history/changes.ts), which guards every dataset' },
};

/** Files outside the template's places that are there on purpose, and why. */
const ALLOWED_STRAYS: Readonly<Record<string, string>> = {
  'i18n/fonts/urdu.css': 'the Urdu font, linked only from Urdu pages (i18n/fonts.ts), not bundled with the rest',
};

/** Folders whose components are the point of the folder, or that are not features. */
const NOT_TEMPLATED = new Set(['ui', 'layouts', 'pages']);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Does this folder describe a dataset (not core's type or config's `defineDataset` itself)? */
export function isDatasetFolder(dir: string): boolean {
  const description = join(dir, 'dataset.ts');
  return existsSync(description) && /=\s*defineDataset\(/.test(readFileSync(description, 'utf8'));
}

/**
 * What does not follow the template in one folder, from its files (paths
 * inside it, with `/`): missing template files (for a dataset folder), a
 * component outside `components/`, styles other than `<folder>.css`.
 */
export function templateProblems(folder: string, files: readonly string[], isDataset: boolean, allowed: Readonly<Record<string, string>> = {}): string[] {
  const problems: string[] = [];
  if (isDataset) {
    for (const [file, what] of Object.entries(TEMPLATE)) {
      if (!files.includes(file) && !KEPT_ELSEWHERE[folder]?.[file]) problems.push(`${folder}/ has no ${file} (${what})`);
    }
  }
  for (const file of files) {
    if (`${folder}/${file}` in allowed) continue;
    if (file.endsWith('.astro') && !file.startsWith('components/')) problems.push(`${folder}/${file}: components go in ${folder}/components/`);
    if (file.endsWith('.css') && file !== `${folder}.css`) problems.push(`${folder}/${file}: styles go in ${folder}/${folder}.css`);
  }
  return problems;
}

const folders = readdirSync(SRC, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !NOT_TEMPLATED.has(e.name))
  .map((e) => e.name);

const filesOf = (folder: string) => walk(join(SRC, folder)).map((f) => relative(join(SRC, folder), f).split(sep).join('/'));

describe('one folder template in every feature', () => {
  const datasetFolders = folders.filter((f) => isDatasetFolder(join(SRC, f)));

  it('finds the dataset folders', () => {
    expect(datasetFolders).toEqual(expect.arrayContaining(['ehcp', 'plan', 'indicators', 'directory', 'compare', 'history']));
    expect(datasetFolders).not.toContain('core');
    expect(datasetFolders).not.toContain('config');
  });

  it.each(folders)('%s/ follows the template', (folder) => {
    expect(templateProblems(folder, filesOf(folder), datasetFolders.includes(folder), ALLOWED_STRAYS)).toEqual([]);
  });

  it('every exception names a file that is there', () => {
    for (const path of Object.keys(ALLOWED_STRAYS)) expect(existsSync(join(SRC, path)), path).toBe(true);
    for (const [folder, files] of Object.entries(KEPT_ELSEWHERE)) for (const file of Object.keys(files)) expect(existsSync(join(SRC, folder, file)), `${folder}/${file}`).toBe(false);
  });

  it('the check can fail: a missing reader, a stray component and stray styles are named', () => {
    const files = ['dataset.ts', 'ehcp.ts', 'view.ts', 'collection.ts', 'downloads.ts', 'Table.astro', 'components/Chart.astro', 'ehcp.css', 'components/table.css'];
    expect(templateProblems('ehcp', files, true)).toEqual([
      'ehcp/ has no read.ts (the reader: schemas, column lists and the checks of its files)',
      'ehcp/Table.astro: components go in ehcp/components/',
      'ehcp/components/table.css: styles go in ehcp/ehcp.css',
    ]);
    // A feature that is not a dataset needs no template files, only the places.
    expect(templateProblems('timeline', ['timeline.ts', 'timeline.css'], false)).toEqual([]);
    expect(templateProblems('i18n', ['fonts/urdu.css'], false, ALLOWED_STRAYS)).toEqual([]);
  });
});

/** Imports in a source folder that reach the scripts/ folder beside it, as `file → import`. */
export function scriptImports(srcDir: string): string[] {
  const scripts = join(resolve(srcDir, '..'), 'scripts') + sep;
  return walk(srcDir)
    .filter((f) => /\.(ts|astro|mjs)$/.test(f))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(?\s*)['"](\.[^'"]+)['"]/g)]
        .map((m) => m[1]!)
        .filter((spec) => resolve(dirname(file), spec).startsWith(scripts))
        .map((spec) => `${relative(srcDir, file)} → ${spec}`),
    );
}

describe('src/ does not import scripts/', () => {
  it('no file in src/, tests included, imports from scripts/', () => {
    expect(scriptImports(SRC)).toEqual([]);
  });

  it('the check can fail: an import of scripts/ is named', () => {
    const root = mkdtempSync(join(tmpdir(), 'template-'));
    mkdirSync(join(root, 'src', 'directory'), { recursive: true });
    writeFileSync(join(root, 'src', 'directory', 'a.test.ts'), `import { x } from '${'../../scripts/generate-fixtures'}';\nimport { y } from './b';\n`);
    expect(scriptImports(join(root, 'src'))).toEqual([`${join('directory', 'a.test.ts')} → ../../scripts/generate-fixtures`]);
  });
});
