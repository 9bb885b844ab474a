/**
 * Every file in the data folder is one the site reads, or check-data says
 * what it is. A copy saved under another name (`ehcp-timeliness (1).csv`, as
 * a browser saves a second download) or a workbook (`.xlsx`) is silently
 * ignored by the readers, so the site would stay on last month's figures:
 * here it is an error that names the file it looks like. The check page
 * says the same of a chosen file's name. Browser-safe.
 */
import { decodeUtf8, looksLikeWorkbook, normaliseHeader, parseCsv, SAVE_AS_UTF8, type ColumnSpec } from '../core/csv';
import { fileMatches } from '../core/dataset';
import { problem, type DataProblem } from '../core/problems';
import { closestMatch } from '../core/suggest';
import { SITE_CONFIG_FILE } from '../config/site-file';
import { DATA_FILES, fileSpecFor } from './registry';

/** What lives in the data folder besides the files the site reads: its guide, the blank templates, the configuration. */
export function belongsInDataFolder(path: string): boolean {
  const name = path.split('/').at(-1) ?? path;
  return (
    fileSpecFor(path) !== undefined ||
    path === SITE_CONFIG_FILE ||
    path.startsWith('templates/') ||
    /^readme(\.md|\.txt)?$/i.test(name) ||
    // Hidden files (.gitkeep, .DS_Store) and the lock file a spreadsheet keeps while a workbook is open (~$…).
    path.split('/').some((part) => part.startsWith('.')) ||
    name.startsWith('~$')
  );
}

const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;

/** A spreadsheet workbook, by its name or by its first bytes (a zip file, as .xlsx and .ods are, or an old .xls). */
export function isWorkbook(name: string, bytes?: Uint8Array): boolean {
  return WORKBOOK.test(name) || (bytes !== undefined && looksLikeWorkbook(bytes));
}

/** "ehcp-timeliness (1).csv", "Copy of EHCP timeliness.xlsx", "ehcp-timeliness - Copy.csv" → "ehcp-timeliness". */
export function plainName(name: string): string {
  return (name.split('/').at(-1) ?? name)
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/^copy of\s+/i, '')
    .replace(/\s*-\s*copy(\s*\(\d+\))?$/i, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** The spec whose columns best match a header row: most known columns, then fewest unknown; half the required ones at least, so a misspelt column or two still counts. */
export function closestColumns<T extends { columns: ColumnSpec }>(headers: readonly string[], candidates: readonly T[]): T | undefined {
  const names = new Set(headers.map(normaliseHeader).filter(Boolean));
  let best: { candidate: T; score: number } | undefined;
  for (const candidate of candidates) {
    const known = [...candidate.columns.required, ...(candidate.columns.optional ?? [])];
    const matched = known.filter((c) => names.has(c)).length;
    const required = candidate.columns.required.filter((c) => names.has(c)).length / candidate.columns.required.length;
    if (required < 0.5) continue;
    const score = matched / (known.length + names.size - matched);
    if (!best || score > best.score) best = { candidate, score };
  }
  return best?.candidate;
}

/** A CSV file's header row, if it can be read. */
export function headerRow(bytes: Uint8Array, name: string): string[] {
  const decoded = decodeUtf8(bytes, name);
  if (decoded.problems.length > 0) return [];
  return parseCsv(decoded.text.split(/\r?\n/, 1)[0] ?? '', name, { required: [] }).table.headers;
}

/**
 * The data-folder path a file was probably meant to be, from its name (in its
 * own folder first), then from its column names: `ehcp-timeliness (1).csv` →
 * `ehcp-timeliness.csv`; `2026-11-13.xlsx` → `improvement-plan/reviews/2026-11-13.csv`.
 */
export function meantFor(path: string, bytes?: Uint8Array): string | undefined {
  const plain = plainName(path);
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const folders = DATA_FILES.filter((f) => f.path.endsWith('/'));
  if (/^\d{4}-\d{2}-\d{2}$/.test(plain)) {
    const into = folders.find((f) => f.path === folder) ?? folders[0];
    if (into) return `${into.path}${plain}.csv`;
  }
  const files = DATA_FILES.filter((f) => !f.path.endsWith('/'));
  const base = (p: string) => plainName(p);
  const ordered = [...files.filter((f) => f.path.startsWith(folder) && !f.path.slice(folder.length).includes('/')), ...files];
  // Misspelt, or with more after the name ("ehcp-timeliness-november-2026"): the longest name it starts with.
  const byName = closestMatch(plain, ordered.map((f) => base(f.path))) ?? ordered.map((f) => base(f.path)).filter((b) => plain.startsWith(`${b}-`)).sort((a, b) => b.length - a.length)[0];
  if (byName) return ordered.find((f) => base(f.path) === byName)!.path;
  if (!bytes || isWorkbook(path, bytes)) return undefined;
  return closestColumns(headerRow(bytes, path), files.filter((f) => f.madeBy === undefined))?.path;
}

/** How to say where a file goes: "ehcp-timeliness.csv" at the top of the folder, or "2026-11-13.csv in improvement-plan/reviews/". */
function whereItGoes(target: string): { name: string; place: string } {
  const slash = target.lastIndexOf('/');
  return slash < 0 ? { name: target, place: target } : { name: target.slice(slash + 1), place: `${target.slice(slash + 1)} in ${target.slice(0, slash + 1)}` };
}

/**
 * The problem with a file the site does not read: a workbook, a copy saved
 * under another name, or something else. `path` is its place in the data
 * folder, `display` how messages name a place (`data/…`), `present` whether a
 * file is in the folder. When the file it was meant to be is missing, this is
 * the cause of that file's own problems.
 */
export function notReadProblem(path: string, options: { bytes?: Uint8Array | undefined; display: (path: string) => string; present: (path: string) => boolean; fromPage?: boolean }): DataProblem {
  const { display, present } = options;
  const name = path.split('/').at(-1) ?? path;
  const target = meantFor(path, options.bytes);
  const goes = target ? whereItGoes(target) : undefined;
  const replaces = target && present(target) ? 'in place of the old one' : 'the name the site reads';
  const cause = target && !present(target) ? { files: [display(target)] } : undefined;
  if (isWorkbook(name, options.bytes)) {
    return problem({
      file: display(path),
      expected: `a CSV file: ${name} is a spreadsheet workbook, which the site does not read`,
      fix:
        (goes
          ? `Open it and save it as CSV UTF-8, named exactly ${goes.place}, ${replaces}. `
          : `Open it and save it as CSV UTF-8, named exactly as the file it replaces (${display('README.md')} lists them). `) +
        `${SAVE_AS_UTF8}${options.fromPage ? '' : ` Then delete ${name}.`}`,
      cause: cause && { ...cause, words: `${display(path)} is a workbook, not the CSV file ${display(target!)}` },
    });
  }
  return problem({
    file: display(path),
    expected: `a file the site reads, but ${name} is not read by the site`,
    fix: goes
      ? `Did you mean to ${present(target!) ? 'replace' : 'add'} ${goes.place}? Give your file exactly that name` +
        (options.fromPage ? `, or choose which file it is under “Which file is it?” and check it again.` : ` (on GitHub, upload it as ${goes.name}: it then ${present(target!) ? 'replaces the old one' : 'is read'}), then delete ${name}.`)
      : options.fromPage
        ? `Give your file the exact name of the data file it replaces, or choose which file it is under “Which file is it?” and check it again.`
        : `Move it out of the data folder: ${display('README.md')} lists the files that belong here.`,
    cause: cause && { ...cause, words: `your file was saved as ${display(path)}, not ${display(target!)}` },
  });
}

/** Every file in the data folder that the site does not read and that does not belong there, as a problem. */
export function strayFileProblems(paths: readonly string[], read: (path: string) => Uint8Array | undefined, display: (path: string) => string): DataProblem[] {
  const present = (p: string) => paths.includes(p) || (p.endsWith('/') && paths.some((q) => fileMatches({ path: p }, q)));
  return paths.filter((p) => !belongsInDataFolder(p)).map((p) => notReadProblem(p, { bytes: read(p), display, present }));
}
