/**
 * Puts the files of one release together: checks they all come from the same
 * release, drops years in which DfE did not collect a measure at all, and
 * lists the local authorities in the release's latest figures.
 */
import { problem, type Checked, type DataProblem } from '../core/problems';
import type { DfeFile, DfeValue } from './dfe-file';
import type { ReleaseMapping } from './releases';
import type { Month } from '../core/dates';

export interface LocalAuthority {
  /** DfE's 3-digit code, e.g. `801`: the one the statistical neighbours list uses. */
  code: string;
  /** The E-code the release gives (some are out of date in DfE's files). */
  newCode: string;
  name: string;
  regionCode: string;
  regionName: string;
}

export interface Release {
  mapping: ReleaseMapping;
  reportingYear: number;
  files: DfeFile[];
  values: DfeValue[];
  /** Every local authority in the latest figures, by name. */
  las: LocalAuthority[];
}

/** The file the others are checked against: the timeliness file if there is one, else the commonest year. */
function referenceYear(files: readonly DfeFile[]): { year: number; file: DfeFile } {
  const timeliness = files.find((f) => f.kind === 'timeliness');
  if (timeliness) return { year: timeliness.reportingYear, file: timeliness };
  const counts = new Map<number, number>();
  for (const f of files) counts.set(f.reportingYear, (counts.get(f.reportingYear) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  return { year, file: files.find((f) => f.reportingYear === year)! };
}

function lastPeriod(file: DfeFile): string {
  return file.periods.at(-1) ?? '';
}

/** A year in which England's figure is a symbol was not collected that year (e.g. requests before 2023). */
function collected(values: readonly DfeValue[]): DfeValue[] {
  const national = new Set(values.filter((v) => v.geographic_level === 'National' && typeof v.value === 'number').map((v) => `${v.measure}|${v.time_period}`));
  return values.filter((v) => national.has(`${v.measure}|${v.time_period}`));
}

function localAuthorities(files: readonly DfeFile[]): LocalAuthority[] {
  const byCode = new Map<string, LocalAuthority>();
  // The timeliness file first, so its names win; then the rest for any it lacks.
  const ordered = [...files].sort((a, b) => Number(b.kind === 'timeliness') - Number(a.kind === 'timeliness'));
  for (const file of ordered) {
    const latest = lastPeriod(file);
    for (const v of file.values) {
      if (v.geographic_level !== 'Local authority' || v.time_period !== latest || byCode.has(v.old_la_code)) continue;
      byCode.set(v.old_la_code, { code: v.old_la_code, newCode: v.new_la_code, name: v.la_name, regionCode: v.region_code, regionName: v.region_name });
    }
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** Checks the files belong to one release and puts their figures together. */
export function assembleRelease(files: readonly DfeFile[], paths: ReadonlyMap<DfeFile, string> = new Map()): Checked<Release | undefined> {
  if (files.length === 0) return { value: undefined, problems: [] };
  const problems: DataProblem[] = [];
  const reference = referenceYear(files);
  for (const f of files) {
    if (f.reportingYear === reference.year) continue;
    problems.push(problem({
      file: paths.get(f) ?? f.name,
      value: `figures up to ${lastPeriod(f)}`,
      expected: `a file from the same release as ${reference.file.name}, which has figures up to ${lastPeriod(reference.file)} (the reporting year ${reference.year} release)`,
      fix: `This file is from the reporting year ${f.reportingYear} release. Download every file from the same release of "Education, health and care plans" and put them in one folder.`,
    }));
  }
  if (problems.length > 0) return { value: undefined, problems };
  const values = collected(files.flatMap((f) => f.values));
  return {
    value: { mapping: reference.file.mapping, reportingYear: reference.year, files: [...files], values, las: localAuthorities(files) },
    problems,
  };
}

/** DfE publishes "Education, health and care plans" once a year, usually in June (its release page gives the day only weeks ahead). */
export const DFE_RELEASE_MONTH = 6;

/** The reporting year of the release the comparison was read from (`release.csv`), if it names one. */
export function reportingYearOf(rows: readonly { reporting_year?: string | undefined }[]): number | undefined {
  const year = Number(rows.find((r) => r.reporting_year)?.reporting_year);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/** The next release after the one read: the following reporting year, expected around June of that year (an estimate). */
export function nextDfeRelease(reportingYear: number): { reportingYear: number; month: Month } {
  const year = reportingYear + 1;
  return { reportingYear: year, month: `${year}-${String(DFE_RELEASE_MONTH).padStart(2, '0')}` };
}
