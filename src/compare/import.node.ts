/**
 * `npm run import:dfe`: reads a DfE release (a folder, or one file) and the
 * statistical neighbours list, checks everything, and only then writes
 * `data/compare/` and `data/ehcp-national.csv`, all or nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath } from '../core/files.node.ts';
import { hasErrors, problem, type DataProblem } from '../core/problems';
import { readNeighbourRows, readReleaseRows, COMPARE_DIR, COMPARE_FILES } from './read';
import { readDfeFile, type DfeFile } from './dfe-file';
import { findLocalAuthority } from './find-la';
import { DFE_FILE_KINDS, MEASURE_LIST, type DfeFileKind } from './measures';
import { neighboursOf, proximityLabel, readNeighbourCsv, type NeighbourListRow } from './neighbours';
import { readNeighbourXlsx } from './neighbours-xlsx.node.ts';
import { comparisonFiles, NEIGHBOURS_TITLE, type NeighbourSource, type SourceInfo } from './output';
import { fileKindOf, RELEASES } from './releases';
import { assembleRelease, type LocalAuthority } from './release';

export interface ImportOptions {
  /** A release folder, or one release file. */
  source: string;
  /** The local authority: 3-digit code, E-code or name. */
  la: string;
  /** The statistical neighbours list (long CSV or DfE's xlsx); without it, the list already in data/compare is checked and kept. */
  neighbours?: string | undefined;
  /** The data folder to write into. */
  out: string;
}

export interface ImportReport {
  problems: DataProblem[];
  /** Paths written, empty if anything was wrong. */
  written: string[];
  /** What was read and chosen, for the person running it. */
  messages: string[];
  /** The local authority found, when it was. */
  la?: LocalAuthority | undefined;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const known = () => [...new Set(RELEASES.flatMap((r) => Object.values(r.files).map((f) => f.name)))];

/** The release files to read, by kind; a folder may hold only some of them. */
function releaseFiles(source: string, problems: DataProblem[]): { path: string; kind: DfeFileKind }[] {
  if (!existsSync(source)) {
    problems.push(problem({ file: source, expected: 'a folder of DfE release files, or one release file', fix: 'Nothing is there: check the path.' }));
    return [];
  }
  if (statSync(source).isFile()) {
    const kind = fileKindOf(basename(source));
    if (!kind) problems.push(problem({ file: displayPath(source), expected: `one of the release files ${known().join(', ')}`, fix: 'Give the folder of the release, or one of these files as DfE names it.' }));
    return kind ? [{ path: source, kind }] : [];
  }
  const found = readdirSync(source).map((name) => ({ path: join(source, name), kind: fileKindOf(name) })).filter((f): f is { path: string; kind: DfeFileKind } => f.kind !== undefined);
  for (const kind of DFE_FILE_KINDS) {
    if (found.some((f) => f.kind === kind)) continue;
    const measures = MEASURE_LIST.filter((m) => m.file === kind).map((m) => m.title.toLowerCase());
    problems.push(problem({ severity: 'warning', file: displayPath(source), expected: `the release file ${RELEASES.at(-1)!.files[kind].name}`, fix: `It is not in the folder, so there will be no figures on ${measures.join(' or ')}.` }));
  }
  if (found.length === 0) problems.push(problem({ file: displayPath(source), expected: `at least one of the release files ${known().join(', ')}`, fix: 'Download the data files of "Education, health and care plans" from Explore Education Statistics into this folder.' }));
  return found;
}

async function readList(path: string): Promise<{ rows: NeighbourListRow[]; problems: DataProblem[]; bytes?: Uint8Array }> {
  if (!existsSync(path)) return { rows: [], problems: [problem({ file: path, expected: "DfE's statistical neighbours list, as .xlsx or long .csv", fix: 'Nothing is there: check the path.' })] };
  const bytes = readFileSync(path);
  const read = path.toLowerCase().endsWith('.xlsx') ? await readNeighbourXlsx(bytes, displayPath(path)) : readNeighbourCsv(bytes, displayPath(path));
  return { rows: read.value, problems: read.problems, bytes };
}

/** Without --neighbours: the list committed last time, for the same local authority, re-checked against this release. */
function committedList(out: string, la: LocalAuthority): { rows: NeighbourListRow[]; source?: NeighbourSource; problems: DataProblem[] } {
  const path = join(out, COMPARE_DIR, COMPARE_FILES.neighbours.name);
  const releasePath = join(out, COMPARE_DIR, COMPARE_FILES.release.name);
  const ask = `Give DfE's statistical neighbours list with --neighbours (for example --neighbours ../shared/fixtures/dfe-statistical-neighbours/sn_may_2025.xlsx).`;
  if (!existsSync(path) || !existsSync(releasePath)) return { rows: [], problems: [problem({ file: displayPath(path), expected: 'the statistical neighbours chosen last time', fix: ask })] };
  const file = displayPath(path);
  const read = readNeighbourRows(readFileSync(path), file);
  const origin = readReleaseRows(readFileSync(releasePath), displayPath(releasePath)).value.find((r) => r.file_kind === 'neighbours');
  if (hasErrors(read.problems) || !origin) return { rows: [], problems: [...read.problems, problem({ file, expected: 'a readable list of neighbours from the last import', fix: ask })] };
  const other = read.value.find((r) => r.la_code !== la.code);
  if (other) return { rows: [], problems: [problem({ file, value: `${other.la_name} (${other.la_code})`, expected: `the neighbours of ${la.name} (${la.code})`, fix: `The committed list is for another local authority. ${ask}` })] };
  const rows = read.value.map((r, i) => ({ la_code_old: r.la_code, la_name: r.la_name, sn_rank: r.sn_rank, sn_la_code_old: r.sn_la_code, sn_la_name: r.sn_la_name, sn_proximity: r.sn_proximity.toLowerCase() as NeighbourListRow['sn_proximity'], row: i + 2 }));
  return { rows, source: { kind: 'neighbours', title: origin.release, name: origin.source_file, sha256: origin.sha256, rows: origin.rows }, problems: [] };
}

/** Writes every file into a temporary folder, then moves them into place: a failure leaves the data folder as it was. */
export function writeAllOrNothing(out: string, files: Record<string, string>): string[] {
  mkdirSync(out, { recursive: true });
  const tmp = mkdtempSync(join(out, '.import-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, rel)), { recursive: true });
      writeFileSync(join(tmp, rel), text);
    }
    const target = join(out, COMPARE_DIR);
    const old = join(tmp, '.previous');
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(join(tmp, COMPARE_DIR), target);
    } catch (error) {
      if (existsSync(old)) renameSync(old, target);
      throw error;
    }
    for (const rel of Object.keys(files).filter((r) => !r.startsWith(`${COMPARE_DIR}/`))) renameSync(join(tmp, rel), join(out, rel));
    return Object.keys(files).map((rel) => displayPath(join(out, rel)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const problems: DataProblem[] = [];
  const messages: string[] = [];
  const sources = new Map<string, SourceInfo>();
  const files: DfeFile[] = [];
  const paths = new Map<DfeFile, string>();
  for (const { path, kind } of releaseFiles(options.source, problems)) {
    const bytes = readFileSync(path);
    const read = readDfeFile(bytes, displayPath(path), kind);
    problems.push(...read.problems);
    if (!read.value) continue;
    files.push(read.value);
    paths.set(read.value, displayPath(path));
    sources.set(read.value.name, { kind, name: read.value.name, sha256: sha256(bytes), rows: read.value.rows });
    messages.push(`Read ${read.value.name}: ${read.value.periods[0]} to ${read.value.periods.at(-1)}.`);
  }
  if (hasErrors(problems)) return { problems, written: [], messages };
  const assembled = assembleRelease(files, paths);
  problems.push(...assembled.problems);
  const release = assembled.value;
  if (!release) return { problems, written: [], messages };

  const found = findLocalAuthority(options.la, release.las);
  if (!found.ok) {
    problems.push(problem({ file: displayPath(options.source), value: options.la, expected: found.expected, fix: found.fix }));
    return { problems, written: [], messages };
  }
  const la = found.la;
  messages.push(`Local authority: ${la.name} (${la.code}, ${la.newCode}), ${la.regionName}.`);

  let list: NeighbourListRow[];
  let neighbourSource: NeighbourSource | undefined;
  let listFile: string;
  if (options.neighbours) {
    const read = await readList(options.neighbours);
    problems.push(...read.problems);
    list = read.rows;
    listFile = displayPath(options.neighbours);
    if (read.bytes) neighbourSource = { kind: 'neighbours', title: NEIGHBOURS_TITLE, name: basename(options.neighbours), sha256: sha256(read.bytes), rows: read.rows.length };
  } else {
    const kept = committedList(options.out, la);
    problems.push(...kept.problems);
    list = kept.rows;
    neighbourSource = kept.source;
    listFile = displayPath(join(options.out, COMPARE_DIR, COMPARE_FILES.neighbours.name));
  }
  if (hasErrors(problems) || !neighbourSource) return { problems, written: [], messages };
  const chosen = neighboursOf(list, la, release.las, listFile, `DfE ${release.mapping.reportingYear} release`);
  problems.push(...chosen.problems);
  if (hasErrors(problems)) return { problems, written: [], messages };
  const names = new Map(release.las.map((l) => [l.code, l.name]));
  messages.push(`Statistical neighbours (${neighbourSource.name}): ${chosen.value.map((n) => `${names.get(n.sn_la_code_old)} (${proximityLabel(n.sn_proximity).toLowerCase()})`).join(', ')}.`);

  const written = writeAllOrNothing(options.out, comparisonFiles(release, la, chosen.value, sources, neighbourSource));
  messages.push(`Wrote ${written.join(', ')}.`);
  return { problems, written, messages, la };
}
