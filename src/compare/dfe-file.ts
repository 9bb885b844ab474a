/**
 * Reads one file of the DfE "Education, health and care plans" release and
 * picks out the rows for all children (England, each region, each local
 * authority) for the measures that file holds. Names are looked up in the
 * release's own mapping; anything not recognised is reported with what was
 * expected, rather than read as empty figures.
 */
import Papa from 'papaparse';
import { closest, distance } from 'fastest-levenshtein';
import { decodeUtf8, normaliseHeader } from '../core/csv';
import { closestMatch } from '../core/suggest';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { MEASURES, type DfeFileKind, type MeasureKey } from './measures';
import { LEVELS, mappingFor, reportingYearOf, RELEASES, sameLabel, type FileMapping, type Level, type MeasureColumns, type ReleaseMapping } from './releases';
import { readCell, sumCells, type Cell } from './cells';

/** One figure for one area and period, as published. */
export interface DfeValue {
  measure: MeasureKey;
  time_period: string;
  geographic_level: Level;
  region_code: string;
  region_name: string;
  old_la_code: string;
  new_la_code: string;
  la_name: string;
  numerator: Cell;
  denominator: Cell;
  value: Cell;
  source_file: string;
  /** Row in the source file, as Excel numbers it. */
  row: number;
}

export interface DfeFile {
  kind: DfeFileKind;
  /** The file's name, e.g. `timeliness_20_week.csv`. */
  name: string;
  mapping: ReleaseMapping;
  reportingYear: number;
  /** Time periods in the file, oldest first. */
  periods: string[];
  values: DfeValue[];
  rows: number;
}

type Columns = Map<string, number>;

function columnIndex(headers: readonly string[]): { columns: Columns; repeated: Set<string> } {
  const columns: Columns = new Map();
  const repeated = new Set<string>();
  headers.forEach((h, i) => {
    if (columns.has(h)) repeated.add(h);
    else columns.set(h, i);
  });
  return { columns, repeated };
}

/** Checks that a column the mapping names is there once, saying what was expected if not. */
function findColumn(name: string, what: string, ctx: { file: string; columns: Columns; repeated: Set<string>; headers: string[]; claimed: Set<string>; release: string }): DataProblem | undefined {
  const wanted = normaliseHeader(name);
  if (ctx.repeated.has(wanted)) {
    return problem({ file: ctx.file, row: 1, column: name, expected: `the column ${name} once`, fix: 'It appears twice in the header row, so we cannot tell which to read.' });
  }
  if (ctx.columns.has(wanted)) return undefined;
  // Suggest only columns the mapping does not already read.
  const suggestion = closestMatch(wanted, ctx.headers.filter((h) => !ctx.claimed.has(h)));
  return problem({
    file: ctx.file,
    row: 1,
    column: name,
    expected: `a column called ${name} (${what}), as the ${ctx.release} names it`,
    fix: suggestion
      ? `The file has "${suggestion}". If that is the new name, add it to the mapping for this release in src/compare/releases.ts.`
      : 'This release may have renamed it: look it up in the release\'s data guidance and add the new name to src/compare/releases.ts.',
  });
}

/** Labels in the file near the one we expected, to say what changed. */
function nearLabels(expected: string, found: readonly string[]): string[] {
  const starting = found.filter((l) => l.toLowerCase().startsWith('all '));
  if (starting.length > 0) return starting.slice(0, 5);
  if (found.length === 0) return [];
  const best = closest(expected, [...found]);
  return distance(expected, best) <= expected.length / 2 ? [best] : [];
}

/** The file's reporting year, from its latest time period. */
function detectYear(rows: string[][], index: number, file: string, problems: DataProblem[]): number | undefined {
  let latest: number | undefined;
  rows.forEach((cells, i) => {
    const raw = (cells[index] ?? '').trim();
    if (cells.every((c) => c.trim() === '')) return;
    const year = reportingYearOf(raw);
    if (year === undefined) {
      if (problems.length < 20) problems.push(problem({ file, row: i + 2, column: 'time_period', value: raw, expected: 'a calendar year such as 2024, or an academic year such as 202425' }));
      return;
    }
    latest = latest === undefined ? year : Math.max(latest, year);
  });
  return latest;
}

/** The level a row is at, in our words, or undefined for a level we do not use (such as a local authority district). */
function levelOf(raw: string, mapping: ReleaseMapping): Level | undefined {
  return LEVELS.find((level) => sameLabel(raw, mapping.levels[level]));
}

function measureValues(key: MeasureKey, cols: MeasureColumns, get: (name: string) => { raw: string; column: string }, ctx: { file: string; row: number }, problems: DataProblem[]): { numerator: Cell; denominator: Cell; value: Cell } | undefined {
  const percent = MEASURES[key].unit === 'percent';
  const read = (name: string, isPercent: boolean): Cell | undefined => {
    const { raw, column } = get(name);
    const cell = readCell(raw, isPercent);
    if (!cell.ok) {
      problems.push(problem({ file: ctx.file, row: ctx.row, column, value: raw, expected: cell.expected }));
      return undefined;
    }
    return cell.value;
  };
  const value = read(cols.value, percent);
  const numerator = cols.numerator === undefined ? 'z' : read(cols.numerator, false);
  const parts = (cols.denominator ?? []).map((c) => read(c, false));
  if (value === undefined || numerator === undefined || parts.some((p) => p === undefined)) return undefined;
  const denominator = cols.denominator === undefined ? 'z' : sumCells(parts as Cell[]);
  return { value, numerator, denominator };
}

/**
 * Reads one release file. `name` is the file's name (it says which kind of
 * file it is); `file` is the path used in messages.
 */
export function readDfeFile(bytes: Uint8Array, file: string, kind: DfeFileKind, releases: readonly ReleaseMapping[] = RELEASES): Checked<DfeFile | undefined> {
  const decoded = decodeUtf8(bytes, file);
  if (decoded.problems.length > 0) return { value: undefined, problems: decoded.problems };
  const parsed = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headerCells = [], ...body] = parsed.data;
  const headers = headerCells.map(normaliseHeader);
  const { columns, repeated } = columnIndex(headers);
  const problems: DataProblem[] = [];

  const newest = releases.at(-1)!;
  const periodIndex = columns.get(normaliseHeader(newest.geography.time_period));
  if (periodIndex === undefined) {
    return { value: undefined, problems: [problem({ file, row: 1, column: newest.geography.time_period, expected: 'a column called time_period, as in every DfE release file', fix: 'Check this is a file from the DfE "Education, health and care plans" release, saved as CSV.' })] };
  }
  const reportingYear = detectYear(body, periodIndex, file, problems);
  if (reportingYear === undefined) return { value: undefined, problems: problems.length ? problems : [problem({ file, row: 2, expected: 'rows of figures below the header row' })] };
  const { mapping, exact } = mappingFor(reportingYear, releases);
  const fileMapping: FileMapping = mapping.files[kind];
  const release = `${mapping.reportingYear} release`;
  if (!exact) {
    problems.push(problem({
      severity: 'warning',
      file,
      expected: `a release listed in src/compare/releases.ts (this file's figures run to ${reportingYear - 1}, so it is from the reporting year ${reportingYear} release)`,
      fix: `We read it with the names of the ${release}. Check the new release's data guidance for renamed columns and labels, and add a mapping for it.`,
    }));
  }

  const measureNames = Object.values(fileMapping.measures).flatMap((c) => [c.value, c.numerator, ...(c.denominator ?? [])]).filter((n): n is string => n !== undefined);
  const claimed = new Set([...Object.values(mapping.geography), ...measureNames].map(normaliseHeader));
  const ctx = { file, columns, repeated, headers, claimed, release: `DfE ${release}` };
  for (const [field, name] of Object.entries(mapping.geography)) {
    const missing = findColumn(name, field.replace(/_/g, ' '), ctx);
    if (missing) problems.push(missing);
  }
  for (const [key, cols] of Object.entries(fileMapping.measures) as [MeasureKey, MeasureColumns][]) {
    const names = [cols.value, cols.numerator, ...(cols.denominator ?? [])].filter((n): n is string => n !== undefined);
    for (const name of new Set(names)) {
      const missing = findColumn(name, `for "${MEASURES[key].title}"`, ctx);
      if (missing) problems.push(missing);
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { value: undefined, problems };

  const at = (cells: string[], name: string) => (cells[columns.get(normaliseHeader(name))!] ?? '').trim();
  const g = mapping.geography;
  const labels = new Set<string>();
  const values: DfeValue[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const topic = at(cells, g.breakdown_topic);
    labels.add(topic);
    if (!sameLabel(topic, fileMapping.allLabel) || !sameLabel(at(cells, g.breakdown), fileMapping.allLabel)) return;
    const row = i + 2;
    const rawLevel = at(cells, g.geographic_level);
    const level = levelOf(rawLevel, mapping);
    if (level === undefined) return;
    for (const [key, cols] of Object.entries(fileMapping.measures) as [MeasureKey, MeasureColumns][]) {
      const get = (name: string) => ({ raw: at(cells, name), column: headerCells[columns.get(normaliseHeader(name))!]?.replace(/^\uFEFF/, '').trim() ?? name });
      const figures = measureValues(key, cols, get, { file, row }, problems);
      if (!figures) continue;
      values.push({
        measure: key,
        time_period: at(cells, g.time_period),
        geographic_level: level,
        region_code: at(cells, g.region_code),
        region_name: at(cells, g.region_name),
        old_la_code: at(cells, g.old_la_code),
        new_la_code: at(cells, g.new_la_code),
        la_name: at(cells, g.la_name),
        ...figures,
        source_file: fileMapping.name,
        row,
      });
    }
  });

  if (values.length === 0 && !problems.some((p) => p.severity === 'error')) {
    const near = nearLabels(fileMapping.allLabel, [...labels]);
    problems.push(problem({
      file,
      column: g.breakdown_topic,
      expected: `rows for all children, labelled "${fileMapping.allLabel}" (as the DfE ${release} labels them)`,
      fix: near.length > 0
        ? `The file has ${near.map((l) => `"${l}"`).join(', ')}. If that is the new label, add it to the mapping for this release in src/compare/releases.ts.`
        : 'Look the label up in the release\'s data guidance and add it to src/compare/releases.ts.',
    }));
  }
  problems.push(...duplicateRows(values, file));
  const periods = [...new Set(values.map((v) => v.time_period))].sort();
  return { value: { kind, name: fileMapping.name, mapping, reportingYear, periods, values, rows: body.length }, problems };
}

/** The same area and period twice would make a ranking wrong: name both rows. */
function duplicateRows(values: readonly DfeValue[], file: string): DataProblem[] {
  const seen = new Map<string, number>();
  const problems: DataProblem[] = [];
  for (const v of values) {
    const key = [v.measure, v.time_period, v.geographic_level, v.region_code, v.old_la_code].join('|');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, v.row);
    else if (first !== v.row) {
      const where = v.la_name || v.region_name || 'England';
      problems.push(problem({ file, row: v.row, value: where, expected: `one row for ${where} in ${v.time_period}`, fix: `It is also on row ${first}. Check the file has not been edited or joined to another.` }));
    }
  }
  return problems;
}
