import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../core/shared-fixtures.node';
import { formatProblem } from '../core/problems';
import { readCompareValues, readNeighbourRows, readReleaseRows } from './read';
import { runImport } from './import.node';

const RELEASE = sharedFixture('dfe-sen2-2025');
const SN_CSV = sharedFixture('dfe-statistical-neighbours', 'statistical-neighbours-2025-long.csv');
const SN_XLSX = sharedFixture('dfe-statistical-neighbours', 'sn_may_2025.xlsx');
const FILES = ['timeliness_20_week.csv', 'requests.csv', 'assessments.csv', 'annual_reviews.csv', 'caseload.csv'];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'olo-compare-'));
  dirs.push(dir);
  return dir;
}

/** A release folder outside the project: links to the real files, with some left out or replaced. */
function releaseFolder(options: { only?: string[]; replace?: Record<string, string> } = {}): string {
  const dir = temp();
  for (const name of options.only ?? FILES) {
    if (options.replace?.[name] !== undefined) writeFileSync(join(dir, name), options.replace[name]);
    else symlinkSync(join(RELEASE, name), join(dir, name));
  }
  return dir;
}

/** A data folder with committed files in it, to show a failed import leaves them alone. */
function dataFolder(): { dir: string; before: string } {
  const dir = temp();
  mkdirSync(join(dir, 'compare'));
  writeFileSync(join(dir, 'compare', 'values.csv'), 'old values\n');
  writeFileSync(join(dir, 'ehcp-national.csv'), 'old national\n');
  return { dir, before: snapshot(dir) };
}

function snapshot(dir: string): string {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .sort()
    .map((f) => `${f}:${existsSync(join(dir, f)) && !f.endsWith('compare') ? readFileSync(join(dir, f), 'utf8') : ''}`)
    .join('|');
}

const messages = (report: { problems: { severity: string }[] }) => report.problems.map((p) => formatProblem(p as never));

const TIMELINESS = join(RELEASE, 'timeliness_20_week.csv');
// Reading the whole release takes seconds on a shared machine, so most tests read one file of it.
const SMALL = join(RELEASE, 'annual_reviews.csv');

describe('importing the real release', () => {
  it('writes every measure of every file, naming each file and its checksum', async () => {
    const out = temp();
    const report = await runImport({ source: RELEASE, la: '937', neighbours: SN_CSV, out });
    expect(messages(report)).toEqual([]);
    expect(report.written).toHaveLength(4);
    const values = readCompareValues(readFileSync(join(out, 'compare/values.csv')), 'values.csv').value;
    expect(new Set(values.map((v) => v.measure))).toEqual(new Set(['plans_20_weeks', 'plans_20_weeks_ex', 'requests_6_weeks', 'no_plan_16_weeks', 'reviews_4_weeks', 'ehc_plans']));
    // Years DfE did not collect (requests within 6 weeks before 2023) are left out, not written as empty figures.
    expect([...new Set(values.filter((v) => v.measure === 'requests_6_weeks').map((v) => v.time_period))]).toEqual(['2023', '2024']);
    const release = readReleaseRows(readFileSync(join(out, 'compare/release.csv')), 'release.csv').value;
    expect(release.map((r) => r.source_file).sort()).toEqual([...FILES, 'statistical-neighbours-2025-long.csv'].sort());
    expect(release.every((r) => /^[0-9a-f]{64}$/.test(r.sha256))).toBe(true);
    // The EHCP page's England line comes from the same rows: the committed file is exactly what the importer writes.
    expect(readFileSync(join(out, 'ehcp-national.csv'), 'utf8')).toBe(readFileSync('tests/sample/data/ehcp-national.csv', 'utf8'));
    // The committed comparison is this import, for the sample area's configuration.
    expect(readFileSync(join(out, 'compare/values.csv'), 'utf8')).toBe(readFileSync('tests/sample/data/compare/values.csv', 'utf8'));
  }, 60_000);

  it.each([
    ['937', 'Warwickshire', 'West Midlands', 'Gloucestershire'],
    ['Bristol, City of', 'Bristol, City of', 'South West', 'Brighton and Hove'],
    ['E08000021', 'Newcastle upon Tyne', 'North East', undefined],
    ['camden', 'Camden', 'London', undefined],
  ])('for %s: writes England, every region, every local authority and the 10 neighbours', async (la, name, region, firstNeighbour) => {
    const out = temp();
    const report = await runImport({ source: TIMELINESS, la, neighbours: SN_CSV, out });
    expect(messages(report)).toEqual([]);
    const values = readCompareValues(readFileSync(join(out, 'compare/values.csv')), 'values.csv');
    expect(values.problems).toEqual([]);
    const latest = values.value.filter((v) => v.measure === 'plans_20_weeks' && v.time_period === '2024');
    expect(latest.filter((v) => v.geographic_level === 'Local authority')).toHaveLength(153);
    expect(latest.filter((v) => v.geographic_level === 'Regional').map((v) => v.region_name)).toContain(region);
    const neighbours = readNeighbourRows(readFileSync(join(out, 'compare/neighbours.csv')), 'neighbours.csv').value;
    expect(neighbours).toHaveLength(10);
    expect(neighbours.every((n) => n.la_name === name && n.region_name === region)).toBe(true);
    if (firstNeighbour) expect(neighbours[0]!.sn_la_name).toBe(firstNeighbour);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('reads the neighbours from DfE\'s workbook the same as from the long CSV', async () => {
    const fromCsv = temp();
    const fromXlsx = temp();
    await runImport({ source: SMALL, la: '816', neighbours: SN_CSV, out: fromCsv });
    const report = await runImport({ source: SMALL, la: '816', neighbours: SN_XLSX, out: fromXlsx });
    expect(messages(report)).toEqual([]);
    const strip = (s: string) => s.replaceAll('statistical-neighbours-2025-long.csv', 'X').replaceAll('sn_may_2025.xlsx', 'X');
    expect(strip(readFileSync(join(fromXlsx, 'compare/neighbours.csv'), 'utf8'))).toBe(strip(readFileSync(join(fromCsv, 'compare/neighbours.csv'), 'utf8')));
    expect(readFileSync(join(fromXlsx, 'compare/neighbours.csv'), 'utf8')).toContain('816,York,Yorkshire and The Humber,1,916,Gloucestershire,Very close');
  });

  it('without --neighbours, keeps the list from the last import for the same council, checked again', async () => {
    const out = temp();
    await runImport({ source: SMALL, la: '937', neighbours: SN_CSV, out });
    const first = readFileSync(join(out, 'compare/neighbours.csv'), 'utf8');
    const report = await runImport({ source: SMALL, la: 'Warwickshire', out });
    expect(messages(report)).toEqual([]);
    expect(readFileSync(join(out, 'compare/neighbours.csv'), 'utf8')).toBe(first);
    const other = await runImport({ source: SMALL, la: '816', out });
    expect(messages(other).join('\n')).toContain('The committed list is for another local authority');
  });

  it('with one file, writes that file\'s measures only', async () => {
    const out = temp();
    const report = await runImport({ source: join(RELEASE, 'requests.csv'), la: '937', neighbours: SN_CSV, out });
    expect(messages(report)).toEqual([]);
    const values = readCompareValues(readFileSync(join(out, 'compare/values.csv')), 'values.csv').value;
    expect(new Set(values.map((v) => v.measure))).toEqual(new Set(['requests_6_weeks']));
    expect(existsSync(join(out, 'ehcp-national.csv'))).toBe(false);
  });
});

describe('bad input: a clear message, and nothing written', () => {
  async function refused(options: Partial<Parameters<typeof runImport>[0]>): Promise<string> {
    const { dir, before } = dataFolder();
    const report = await runImport({ source: SMALL, la: '937', neighbours: SN_CSV, out: dir, ...options });
    expect(report.written).toEqual([]);
    expect(snapshot(dir)).toBe(before);
    return messages(report).join('\n');
  }

  it('a file from a different release', async () => {
    const older = readFileSync(join(RELEASE, 'requests.csv'), 'utf8').split('\n').filter((line) => !line.startsWith('2024,')).join('\n');
    const text = await refused({ source: releaseFolder({ only: ['timeliness_20_week.csv', 'requests.csv'], replace: { 'requests.csv': older } }) });
    expect(text).toContain('requests.csv: Found "figures up to 2023". Expected a file from the same release as timeliness_20_week.csv, which has figures up to 2024 (the reporting year 2025 release).');
  });

  it('a missing release file is named, and the import carries on with the others', async () => {
    const out = temp();
    const report = await runImport({ source: releaseFolder({ only: ['timeliness_20_week.csv', 'annual_reviews.csv'] }), la: '937', neighbours: SN_CSV, out });
    const text = messages(report).join('\n');
    expect(text).toContain('Warning:');
    expect(text).toContain('Expected the release file requests.csv. It is not in the folder, so there will be no figures on decisions on requests for an assessment made within 6 weeks.');
    expect(report.written.length).toBe(4);
  });

  it('a folder with no release files at all', async () => {
    expect(await refused({ source: temp() })).toContain('Expected at least one of the release files timeliness_20_week.csv');
  });

  it('a path that is not there', async () => {
    expect(await refused({ source: join(temp(), 'nope') })).toContain('Nothing is there: check the path.');
  });

  it('a local authority code that does not exist', async () => {
    expect(await refused({ la: '999' })).toContain('No local authority has the code 999');
  });

  it('a name that is not found suggests the closest', async () => {
    expect(await refused({ la: 'Bristol' })).toContain('No local authority is called "Bristol". Did you mean "Bristol, City of" (801)?');
  });

  it('an unreadable xlsx', async () => {
    const bad = join(temp(), 'sn_may_2025.xlsx');
    writeFileSync(bad, 'this is not a workbook');
    const text = await refused({ neighbours: bad });
    expect(text).toContain('Expected an Excel workbook (.xlsx) with a sheet called "LA SN Groups". The file could not be opened as a workbook');
  });

  it('a neighbour list whose codes do not match the release', async () => {
    // Warwickshire's 5th neighbour given as Northamptonshire (928), which split in 2021.
    const stale = readFileSync(SN_CSV, 'utf8').replace('937,Warwickshire,8,West Midlands,5,855,Leicestershire', '937,Warwickshire,8,West Midlands,5,928,Northamptonshire');
    const list = join(temp(), 'statistical-neighbours-old.csv');
    writeFileSync(list, stale);
    const text = await refused({ neighbours: list });
    expect(text).toMatch(/row \d+, column "sn_la_code_old": Found "928 \(Northamptonshire\)"\. Expected the code of a local authority in the DfE 2025 release\./);
    expect(text).toContain('use the neighbours list published for the same years as the release');
  });

  it('no neighbours list and none from a previous import', async () => {
    expect(await refused({ neighbours: undefined })).toContain('Give DfE\'s statistical neighbours list with --neighbours');
  });
});
