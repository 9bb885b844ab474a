/**
 * Turns a checked release and neighbour list into the text of the files the
 * importer writes: `compare/values.csv`, `compare/neighbours.csv`,
 * `compare/release.csv` and the EHCP page's England line, `ehcp-national.csv`,
 * all from the same rows so they cannot disagree.
 */
import { allColumns, toCsv } from '../core/csv';
import type { DfeValue } from './dfe-file';
import { COMPARE_FILES, comparePath, NEIGHBOURS_COLUMNS, RELEASE_COLUMNS, VALUES_COLUMNS } from './read';
import { MEASURE_KEYS } from './measures';
import { LEVELS } from './releases';
import type { LocalAuthority, Release } from './release';
import { proximityLabel, type NeighbourListRow } from './neighbours';
import { EHCP_NATIONAL_COLUMNS } from '../ehcp/read';
import { EHCP_FILES } from '../ehcp/dataset';

/** A file read by the importer, named for provenance. */
export interface SourceInfo {
  kind: string;
  name: string;
  sha256: string;
  rows: number;
}

export interface NeighbourSource extends SourceInfo {
  /** What the list is, e.g. "DfE children's services statistical neighbours". */
  title: string;
}

export const NEIGHBOURS_TITLE = "DfE children's services statistical neighbours";

/** Files as committed: LF line endings, so diffs stay readable. */
function csv(columns: readonly string[], rows: Record<string, string | number>[]): string {
  return toCsv(columns, rows).replace(/\r\n/g, '\n');
}

const cellText = (c: number | string) => c;

function sortValues(values: readonly DfeValue[]): DfeValue[] {
  const measureOrder = (v: DfeValue) => MEASURE_KEYS.indexOf(v.measure);
  return [...values].sort(
    (a, b) =>
      measureOrder(a) - measureOrder(b) ||
      a.time_period.localeCompare(b.time_period) ||
      LEVELS.indexOf(a.geographic_level) - LEVELS.indexOf(b.geographic_level) ||
      a.region_code.localeCompare(b.region_code) ||
      a.la_name.localeCompare(b.la_name, 'en-GB'),
  );
}

export function valuesCsv(release: Release): string {
  const rows = sortValues(release.values).map((v) => ({
    measure: v.measure,
    time_period: v.time_period,
    geographic_level: v.geographic_level,
    region_code: v.region_code,
    region_name: v.region_name,
    old_la_code: v.old_la_code,
    new_la_code: v.new_la_code,
    la_name: v.la_name,
    numerator: cellText(v.numerator),
    denominator: cellText(v.denominator),
    value: cellText(v.value),
    release: release.mapping.title,
    source_file: v.source_file,
  }));
  return csv(VALUES_COLUMNS, rows);
}

export function neighboursCsv(la: LocalAuthority, neighbours: readonly NeighbourListRow[], las: readonly LocalAuthority[], source: NeighbourSource): string {
  const names = new Map(las.map((l) => [l.code, l.name]));
  const rows = neighbours.map((n) => ({
    la_code: la.code,
    la_name: la.name,
    region_name: la.regionName,
    sn_rank: n.sn_rank,
    sn_la_code: n.sn_la_code_old,
    // The release's spelling, so names match the figures (four differ in DfE's list).
    sn_la_name: names.get(n.sn_la_code_old) ?? n.sn_la_name ?? '',
    sn_proximity: proximityLabel(n.sn_proximity),
    release: source.title,
    source_file: source.name,
  }));
  return csv(NEIGHBOURS_COLUMNS, rows);
}

export function releaseCsv(release: Release, sources: ReadonlyMap<string, SourceInfo>, neighbours: NeighbourSource): string {
  const rows: Record<string, string | number>[] = release.files.map((f) => {
    const kept = release.values.filter((v) => v.source_file === f.name);
    const periods = [...new Set(kept.map((v) => v.time_period))].sort();
    return {
      file_kind: f.kind,
      release: release.mapping.title,
      reporting_year: release.reportingYear,
      source_file: f.name,
      sha256: sources.get(f.name)?.sha256 ?? '',
      rows: f.rows,
      measures: [...new Set(kept.map((v) => v.measure))].join(';'),
      first_period: periods[0] ?? '',
      last_period: periods.at(-1) ?? '',
    };
  });
  rows.push({ file_kind: 'neighbours', release: neighbours.title, reporting_year: '', source_file: neighbours.name, sha256: neighbours.sha256, rows: neighbours.rows, measures: '', first_period: '', last_period: '' });
  return csv(RELEASE_COLUMNS, rows);
}

/** England's 20-week figures by calendar year, for the EHCP page: the same rows as values.csv. */
export function nationalCsv(release: Release): string | undefined {
  const national = release.values.filter((v) => v.geographic_level === 'National' && (v.measure === 'plans_20_weeks' || v.measure === 'plans_20_weeks_ex'));
  if (national.length === 0) return undefined;
  const years = [...new Set(national.map((v) => v.time_period))].sort();
  const pick = (year: string, measure: string) => national.find((v) => v.time_period === year && v.measure === measure)?.value ?? 'x';
  const rows = years.map((year) => ({ time_period: year, pc_plans_issued_within_20_weeks: pick(year, 'plans_20_weeks'), pc_plans_issued_20_weeks_ex: pick(year, 'plans_20_weeks_ex') }));
  return csv(allColumns(EHCP_NATIONAL_COLUMNS), rows);
}

/** Every file the importer writes, by its path inside the data folder. */
export function comparisonFiles(release: Release, la: LocalAuthority, neighbours: readonly NeighbourListRow[], sources: ReadonlyMap<string, SourceInfo>, neighbourSource: NeighbourSource): Record<string, string> {
  const files: Record<string, string> = {
    [comparePath(COMPARE_FILES.values.name)]: valuesCsv(release),
    [comparePath(COMPARE_FILES.neighbours.name)]: neighboursCsv(la, neighbours, release.las, neighbourSource),
    [comparePath(COMPARE_FILES.release.name)]: releaseCsv(release, sources, neighbourSource),
  };
  const national = nationalCsv(release);
  if (national !== undefined) files[EHCP_FILES.national] = national;
  return files;
}
