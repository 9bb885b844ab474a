/** Shared set-up for the feed tests: our taxonomy, a mapping file, and an import run over pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../core/csv';
import { readServices, SERVICES_COLUMNS, type Service } from '../../services';
import { readTaxonomy } from '../../taxonomy';
import { readFeedPages, readPage, type FeedPage } from '../feed-pages';
import type { IdMapEntry } from '../ids';
import { importDirectory, type ImportResult } from '../import';
import { readMapping, type DirectoryMapping } from '../mapping';

export const TODAY = new Date('2026-11-22T10:00:00Z');
export const TODAY_ISO = '2026-11-22';
export const taxonomy = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), 'data/taxonomy.csv').value;

export function fixture(name: string): string {
  return join('src/directory/feeds/__fixtures__', name);
}

export function mappingFrom(file: string): DirectoryMapping {
  const checked = readMapping(readFileSync(file), file, taxonomy);
  if (checked.problems.length > 0) throw new Error(checked.problems.map((p) => p.expected).join('\n'));
  return checked.value;
}

export function pagesFrom(...files: string[]): FeedPage[] {
  return files.map((f) => readPage(JSON.parse(readFileSync(f, 'utf8')) as unknown, f));
}

export function runImport(pages: FeedPage[], mapping: DirectoryMapping, before: { csv?: string; idMap?: IdMapEntry[] } = {}): ImportResult {
  const feed = readFeedPages(pages, TODAY_ISO);
  const existing = before.csv ? parseCsv(before.csv, 'data/services.csv', SERVICES_COLUMNS).table.rows : [];
  return importDirectory({ feed: feed.services, unreadable: feed.skipped, existing, idMap: before.idMap ?? [], mapping, taxonomy, today: TODAY, servicesFile: 'data/services.csv' });
}

export function servicesOf(csv: string): Service[] {
  const checked = readServices(new TextEncoder().encode(csv), 'data/services.csv', taxonomy, TODAY);
  if (checked.problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(checked.problems, null, 2));
  return checked.value;
}
