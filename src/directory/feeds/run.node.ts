/**
 * `npm run import:directory`: reads the feed and our files, runs the import,
 * and writes data/services.csv and data/directory-ids.csv only if the whole
 * result passed the checks. Each file is written to a temporary name and then
 * renamed, so a file is never left half-written.
 */
import { DIRECTORY_FILES } from '../files';
import { isoDay } from '../../core/dates';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readCsvBytes } from '../../core/csv';
import { displayPath } from '../../core/files.node.ts';
import { hasErrors, type DataProblem } from '../../core/problems';
import { SERVICES_COLUMNS } from '../services';
import { readTaxonomy } from '../taxonomy';
import { readFeedPages } from './feed-pages';
import type { FetchOptions } from './fetch.node.ts';
import { ID_MAP_COLUMNS, readIdMap, type IdMapEntry } from './ids';
import { importDirectory, type ImportResult } from './import';
import { EMPTY_MAPPING, readMapping } from './mapping';
import { formatReport } from './report';
import { loadFeed } from './source.node.ts';
import Papa from 'papaparse';

export interface RunOptions {
  /** A web address, a JSON file, or a folder. */
  source: string;
  /** data/services.csv */
  out: string;
  /** data/directory-mapping.csv */
  mapping: string;
  /** data/directory-ids.csv */
  ids: string;
  /** data/taxonomy.csv */
  taxonomy: string;
  today: Date;
  /** Work everything out and report, but write nothing. */
  dryRun: boolean;
  fetch?: FetchOptions;
}

export interface RunOutcome {
  result?: ImportResult;
  report: string;
  problems: DataProblem[];
  wrote: boolean;
}

/** Where the other files live by default: beside the services file. */
export function defaultPaths(out: string): Pick<RunOptions, 'mapping' | 'ids' | 'taxonomy'> {
  const dir = dirname(out);
  return { mapping: join(dir, DIRECTORY_FILES.mapping), ids: join(dir, DIRECTORY_FILES.ids), taxonomy: join(dir, DIRECTORY_FILES.taxonomy) };
}

function read(path: string): Uint8Array | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

function writeWhole(path: string, text: string): void {
  const temporary = `${path}.importing`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export function idMapCsv(entries: readonly IdMapEntry[]): string {
  return `${Papa.unparse({ fields: [...ID_MAP_COLUMNS.required], data: entries.map((e) => [e.feed_id, e.id]) }, { newline: '\n' })}\n`;
}

export async function runImport(options: RunOptions): Promise<RunOutcome> {
  const problems: DataProblem[] = [];
  const taxonomyBytes = read(options.taxonomy);
  if (!taxonomyBytes) return { report: '', problems: [{ file: displayPath(options.taxonomy), expected: 'the taxonomy file, which the mapping and services are checked against', severity: 'error' }], wrote: false };
  const taxonomy = readTaxonomy(taxonomyBytes, displayPath(options.taxonomy));
  const mappingBytes = read(options.mapping);
  const mapping = mappingBytes ? readMapping(mappingBytes, displayPath(options.mapping), taxonomy.value) : { value: EMPTY_MAPPING, problems: [] };
  const idBytes = read(options.ids);
  const idMap = idBytes ? readIdMap(idBytes, displayPath(options.ids)) : { value: [], problems: [] };
  const servicesBytes = read(options.out);
  const existing = servicesBytes ? readCsvBytes(servicesBytes, displayPath(options.out), SERVICES_COLUMNS) : { table: { headers: [], rows: [] }, problems: [] };
  problems.push(...taxonomy.problems, ...mapping.problems, ...idMap.problems, ...existing.problems);
  if (hasErrors(problems)) return { report: '', problems, wrote: false };

  const today = isoDay(options.today);
  const feed = readFeedPages(await loadFeed(options.source, options.fetch), today);
  const result = importDirectory({
    feed: feed.services,
    unreadable: feed.skipped,
    existing: existing.table.rows,
    idMap: idMap.value,
    mapping: mapping.value,
    taxonomy: taxonomy.value,
    today: options.today,
    servicesFile: displayPath(options.out),
  });
  problems.push(...result.problems);
  const report = formatReport(result.report, options.source, mapping.value.defaults);
  if (hasErrors(problems) || options.dryRun) return { result, report, problems, wrote: false };
  // The id map first: if the second write failed, the map would only hold ids for services not yet written, which is harmless.
  writeWhole(options.ids, idMapCsv(result.idMap));
  writeWhole(options.out, result.csv);
  return { result, report, problems, wrote: true };
}
