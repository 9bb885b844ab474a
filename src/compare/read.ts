/**
 * The comparison files the importer writes into `data/compare/`, and reading
 * them back at build time, checked against the configuration and the EHCP
 * dataset's England line. One column list per file, used both ways, so the
 * writer and the reader cannot drift apart.
 */
import { z } from 'zod';
import type { DataFolder } from '../core/data-folder';
import { readCsvBytes } from '../core/csv';
import { count, optionalText, text } from '../core/fields';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { findDuplicates, quoteAsTyped, validateRows } from '../core/validate';
import { readCell } from './cells';
import { isMeasureKey, MEASURE_KEYS, MEASURES, type MeasureKey } from './measures';
import { LEVELS } from './releases';
import type { CompareConfig } from '../config/site-schema';
import { SITE_CONFIG_FILE } from '../config/site-file';
import type { EhcpData } from '../ehcp/read';
import { checkCompare } from './checks';
import type { CompareData } from './comparators';

export const COMPARE_DIR = 'compare';

export const VALUES_COLUMNS = [
  'measure', 'time_period', 'geographic_level', 'region_code', 'region_name', 'old_la_code', 'new_la_code', 'la_name',
  'numerator', 'denominator', 'value', 'release', 'source_file',
] as const;

export const NEIGHBOURS_COLUMNS = ['la_code', 'la_name', 'region_name', 'sn_rank', 'sn_la_code', 'sn_la_name', 'sn_proximity', 'release', 'source_file'] as const;

export const RELEASE_COLUMNS = ['file_kind', 'release', 'reporting_year', 'source_file', 'sha256', 'rows', 'measures', 'first_period', 'last_period'] as const;

export const COMPARE_FILES = {
  values: { name: 'values.csv', columns: VALUES_COLUMNS },
  neighbours: { name: 'neighbours.csv', columns: NEIGHBOURS_COLUMNS },
  release: { name: 'release.csv', columns: RELEASE_COLUMNS },
} as const;

const spec = (columns: readonly string[], optional: readonly string[] = []) => ({ required: columns.filter((c) => !optional.includes(c)), optional });

const cell = z.string().transform((raw, ctx) => {
  const read = readCell(raw, false);
  if (!read.ok) {
    ctx.addIssue({ code: 'custom', message: read.expected });
    return z.NEVER;
  }
  return typeof read.value === 'number' ? read.value : undefined;
});

const measure = z.string().transform((raw, ctx) => {
  const t = raw.trim();
  if (!isMeasureKey(t)) {
    ctx.addIssue({ code: 'custom', message: `one of the measures ${MEASURE_KEYS.join(', ')}` });
    return z.NEVER;
  }
  return t;
});

const level = z.string().transform((raw, ctx) => {
  const found = LEVELS.find((l) => l.toLowerCase() === raw.trim().toLowerCase());
  if (!found) {
    ctx.addIssue({ code: 'custom', message: `one of ${LEVELS.join(', ')}` });
    return z.NEVER;
  }
  return found;
});

export const compareValueSchema = z.object({
  /** Which measure: one of the keys in src/compare/measures.ts. */
  measure,
  /** Calendar year (`2024`) or academic year (`202425`, a January count). */
  time_period: z.string().regex(/^\d{4}(\d{2})?$/, { message: 'a year such as 2024, or an academic year such as 202425' }),
  /** National, Regional or Local authority. */
  geographic_level: level,
  region_code: optionalText,
  region_name: optionalText,
  /** DfE's 3-digit code for a local authority. */
  old_la_code: optionalText,
  new_la_code: optionalText,
  la_name: optionalText,
  /** Those on time, as DfE publishes it; blank for a count. */
  numerator: cell,
  /** The count the percentage is about. */
  denominator: cell,
  /** The figure as DfE publishes it (a percentage to one decimal place, or a count); undefined when DfE gives a symbol. */
  value: cell,
  /** The release, e.g. "Education, health and care plans, reporting year 2025". */
  release: text,
  /** The release file the figure came from. */
  source_file: text,
});
export type CompareValue = z.output<typeof compareValueSchema> & { measure: MeasureKey };

export const neighbourSchema = z.object({
  /** The local authority whose neighbours these are. */
  la_code: z.string().regex(/^\d{3}$/, { message: "DfE's 3-digit local authority code, such as 801" }),
  la_name: text,
  region_name: optionalText,
  /** 1 is the most similar. */
  sn_rank: count,
  sn_la_code: z.string().regex(/^\d{3}$/, { message: "DfE's 3-digit local authority code, such as 801" }),
  sn_la_name: text,
  /** How close DfE says it is: Extremely close … Not close. */
  sn_proximity: text,
  release: text,
  source_file: text,
});
export type NeighbourRow = z.output<typeof neighbourSchema>;

export const releaseRowSchema = z.object({
  /** Which release file: timeliness, requests, … or neighbours. */
  file_kind: text,
  release: text,
  reporting_year: optionalText,
  source_file: text,
  /** SHA-256 of the file as read, to tell exactly which file it was. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'a SHA-256 checksum (64 hexadecimal characters)' }),
  rows: count,
  measures: optionalText,
  first_period: optionalText,
  last_period: optionalText,
});
export type ReleaseRow = z.output<typeof releaseRowSchema>;

function read<S extends z.ZodType>(bytes: Uint8Array, file: string, columns: readonly string[], schema: S, optional: readonly string[] = []): Checked<z.output<S>[]> {
  const { table, problems } = readCsvBytes(bytes, file, spec(columns, optional));
  const { records, problems: rowProblems } = validateRows(table, schema, file);
  return { value: records.map(({ row: _row, ...rest }) => rest as z.output<S>), problems: quoteAsTyped([...problems, ...rowProblems], { file, table }) };
}

export function readCompareValues(bytes: Uint8Array, file: string): Checked<CompareValue[]> {
  const { table, problems } = readCsvBytes(bytes, file, spec(VALUES_COLUMNS));
  const { records, problems: rowProblems } = validateRows(table, compareValueSchema, file);
  const duplicates = findDuplicates(records, (r) => [r.measure, r.time_period, r.geographic_level, r.region_code ?? '', r.old_la_code ?? ''].join(' '), file, 'la_name', 'area, measure and year');
  const outOfRange: DataProblem[] = records
    .filter((r) => MEASURES[r.measure].unit === 'percent' && r.value !== undefined && r.value > 100)
    .map((r) => problem({ file, row: r.row, column: 'value', value: String(r.value), expected: 'a percentage from 0 to 100' }));
  return { value: records.map(({ row: _row, ...rest }) => rest as CompareValue), problems: quoteAsTyped([...problems, ...rowProblems, ...duplicates, ...outOfRange], { file, table }) };
}

export function readNeighbourRows(bytes: Uint8Array, file: string): Checked<NeighbourRow[]> {
  return read(bytes, file, NEIGHBOURS_COLUMNS, neighbourSchema, ['region_name']);
}

export function readReleaseRows(bytes: Uint8Array, file: string): Checked<ReleaseRow[]> {
  return read(bytes, file, RELEASE_COLUMNS, releaseRowSchema, ['reporting_year', 'measures', 'first_period', 'last_period']);
}

/** The command that makes the files: people never edit them by hand. */
export const COMPARE_IMPORT = 'npm run import:dfe';

export interface LoadedCompare extends CompareData {
  /** Paths of the files, for "Source:" lines and "last updated". */
  files: { values: string; neighbours: string; release: string };
}

/** A comparison file's place in the data folder: `compare/values.csv`. */
export const comparePath = (name: string) => `${COMPARE_DIR}/${name}`;

/** Reads data/compare/ and checks it against the configuration and the EHCP dataset's England line (already read by its own loader). */
export function readCompareData(folder: DataFolder, config: CompareConfig | undefined, ehcp: Pick<EhcpData, 'national' | 'files'> | undefined): Checked<LoadedCompare> {
  const values = folder.read(comparePath(COMPARE_FILES.values.name));
  const neighbours = folder.read(comparePath(COMPARE_FILES.neighbours.name));
  const release = folder.read(comparePath(COMPARE_FILES.release.name));
  const problems: DataProblem[] = [...values.problems, ...neighbours.problems, ...release.problems].map((p) => ({ ...p, fix: `Make it with ${COMPARE_IMPORT} (see docs/publishing.md).` }));
  const v = values.file ? readCompareValues(values.file.bytes, values.path) : { value: [], problems: [] };
  const n = neighbours.file ? readNeighbourRows(neighbours.file.bytes, neighbours.path) : { value: [], problems: [] };
  const r = release.file ? readReleaseRows(release.file.bytes, release.path) : { value: [], problems: [] };
  problems.push(...v.problems, ...n.problems, ...r.problems);
  const files = { values: values.path, neighbours: neighbours.path, release: release.path };
  const data = { values: v.value, neighbours: n.value, release: r.value, files };
  const configFile = folder.pathOf(SITE_CONFIG_FILE);
  if (config === undefined) {
    problems.push({ file: configFile, column: 'compare', severity: 'error', expected: `a compare setting naming the council and region to compare, because ${folder.pathOf(COMPARE_DIR)}/ holds DfE's figures`, fix: 'See docs/new-area.md, or delete the compare folder.' });
  } else if (problems.length === 0) {
    problems.push(...checkCompare(data, config, ehcp?.national ?? [], { ...files, national: ehcp?.files.national ?? '', config: configFile }));
  }
  return { value: data, problems };
}
