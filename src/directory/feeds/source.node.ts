/**
 * Where a feed comes from: a web address (followed page by page), a saved
 * JSON file, a folder of saved JSON pages, or an HSDS 3.0 tabular data
 * package (a folder with datapackage.json and CSVs, or just the CSVs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Papa from 'papaparse';
import { decodeUtf8, normaliseHeader } from '../../core/csv';
import { LocalOfferError } from '../../core/errors';
import { readPage, UnrecognisedFeedError, type FeedPage } from './feed-pages';
import { DEFAULT_FETCH, fetchFeedPages, type FetchOptions } from './fetch.node.ts';
import { isObject, objects, str, type JsonObject } from './json';
import { joinTabular, TABULAR_FILES, type TabularPackage, type TabularTable } from './tabular';

/** A saved feed that cannot be read: not there, not UTF-8, not JSON, or not a data package. */
export class FeedFileError extends LocalOfferError {}

function readJson(path: string): unknown {
  const { text, problems } = decodeUtf8(readFileSync(path), path);
  if (problems.length > 0) throw new FeedFileError(`${path} is not saved as UTF-8 text.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FeedFileError(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function readCsvTable(path: string): JsonObject[] {
  const { text, problems } = decodeUtf8(readFileSync(path), path);
  if (problems.length > 0) throw new FeedFileError(`${path} is not saved as UTF-8 text.`);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: normaliseHeader });
  return parsed.data;
}

/** The tables of a package: from datapackage.json's resources if there is one, else by the usual file names. */
export function readTabularFolder(dir: string): TabularPackage {
  const tables: TabularPackage = {};
  const descriptor = join(dir, 'datapackage.json');
  const paths = new Map<TabularTable, string>();
  if (existsSync(descriptor)) {
    const json = readJson(descriptor);
    for (const resource of isObject(json) ? objects(json['resources']) : []) {
      const name = str(resource['name']);
      const path = str(resource['path']);
      if (name && path && name in TABULAR_FILES && existsSync(join(dir, path))) paths.set(name as TabularTable, join(dir, path));
    }
  }
  for (const table of Object.keys(TABULAR_FILES) as TabularTable[]) {
    if (paths.has(table)) continue;
    const file = TABULAR_FILES[table].find((name) => existsSync(join(dir, name)));
    if (file) paths.set(table, join(dir, file));
  }
  if (!paths.has('service')) throw new FeedFileError(`${dir} has no services table (services.csv), so it is not an HSDS data package.`);
  for (const [table, path] of paths) tables[table] = readCsvTable(path);
  return tables;
}

function isTabular(dir: string): boolean {
  return existsSync(join(dir, 'datapackage.json')) || existsSync(join(dir, 'services.csv'));
}

/** Every page of the feed, wherever it is. */
export async function loadFeed(source: string, fetchOptions: FetchOptions = DEFAULT_FETCH): Promise<FeedPage[]> {
  if (/^https?:\/\//i.test(source)) return fetchFeedPages(source, fetchOptions);
  if (!existsSync(source)) throw new FeedFileError(`There is no file or folder at ${source}.`, 'Give a web address (https://…), a JSON file or a folder.');
  const dir = statSync(source).isDirectory() ? source : basename(source) === 'datapackage.json' ? dirname(source) : undefined;
  if (dir !== undefined && isTabular(dir)) return [{ kind: 'hsds3-list', records: joinTabular(readTabularFolder(dir)), last: true }];
  if (dir !== undefined) {
    const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.json')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (files.length === 0) throw new FeedFileError(`${dir} has no datapackage.json, services.csv or .json pages in it.`);
    return files.map((f) => readPage(readJson(join(dir, f)), join(dir, f)));
  }
  return [readPage(readJson(source), source)];
}

export { UnrecognisedFeedError };
