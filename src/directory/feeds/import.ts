/**
 * The directory import, without any file or network access: feed services in,
 * the new data/services.csv rows and id map out, with a report of everything
 * added, changed, unchanged, removed, skipped or kept. The result has passed
 * the same checks as the build (readServices) or it is not offered at all.
 */
import { isoDay } from '../../core/dates';
import Papa from 'papaparse';
import type { CsvRow } from '../../core/csv';
import { hasErrors, problem, type DataProblem } from '../../core/problems';
import { readServices, SERVICES_COLUMN_ORDER, SERVICES_COLUMNS } from '../services';
import type { Taxonomy } from '../taxonomy';
import type { FeedService, SkippedRecord } from './feed-service';
import { assignIds, type IdMapEntry, type IdSource } from './ids';
import { withAreaNames, type DefaultKey, type DirectoryMapping } from './mapping';
import { toServiceCells, type FieldNote, type GapField, type ServiceCells } from './to-row';

export interface ImportInput {
  feed: readonly FeedService[];
  /** Records the reader could not take at all (no id, not an object). */
  unreadable: readonly SkippedRecord[];
  /** The rows of the current data/services.csv (none the first time). */
  existing: readonly CsvRow[];
  idMap: readonly IdMapEntry[];
  mapping: DirectoryMapping;
  taxonomy: Taxonomy;
  today: Date;
  /** How the services file is named in messages. */
  servicesFile: string;
}

export interface ImportReport {
  counts: { inFeed: number; added: number; changed: number; unchanged: number; removed: number; skipped: number; kept: number };
  added: { id: string; name: string }[];
  changed: { id: string; name: string; columns: string[]; source: IdSource }[];
  removed: { id: string; name: string; reason: string }[];
  skipped: SkippedRecord[];
  notes: FieldNote[];
  unmapped: { key: string; label: string; services: number }[];
  defaults: { key: DefaultKey; services: number }[];
  /** Published services the feed says nothing about in some column: the page says "not known", and the directory team can ask the service. */
  gaps: { feedId: string; name: string; fields: GapField[] }[];
}

export interface ImportResult {
  /** The whole new data/services.csv. */
  csv: string;
  idMap: IdMapEntry[];
  report: ImportReport;
  /** Errors that stop anything being written (e.g. a hand-made row that fails the checks). */
  problems: DataProblem[];
}

/** data/services.csv as text. Not `toCsv`: that guards downloads against spreadsheet formulas and would put a ' before a "+44" phone number. */
export function servicesCsv(rows: readonly ServiceCells[]): string {
  return `${Papa.unparse({ fields: [...SERVICES_COLUMN_ORDER], data: rows.map((r) => SERVICES_COLUMN_ORDER.map((c) => r[c])) }, { newline: '\n' })}\n`;
}

function cellsOf(row: CsvRow): ServiceCells {
  return Object.fromEntries(SERVICES_COLUMN_ORDER.map((c) => [c, row.cells[c] ?? ''])) as ServiceCells;
}

function countUnmapped(feed: readonly FeedService[], mapping: DirectoryMapping): ImportReport['unmapped'] {
  const counts = new Map<string, { key: string; label: string; services: number }>();
  for (const s of feed) {
    const keys = new Map([...s.terms, ...s.areas].filter((t) => !mapping.terms.has(t.key.toLowerCase())).map((t) => [t.key, t.label]));
    for (const [key, label] of keys) {
      const entry = counts.get(key) ?? { key, label, services: 0 };
      entry.services++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.services - a.services || a.key.localeCompare(b.key));
}

interface Imported {
  feed: FeedService;
  cells: ServiceCells;
  notes: FieldNote[];
  defaultsUsed: DefaultKey[];
  gaps: GapField[];
  source: IdSource;
}

const OPTIONAL = new Set<string>(SERVICES_COLUMNS.optional);
const COORDINATES = ['latitude', 'longitude'];

/**
 * Checks the rows with readServices. A bad optional cell from the feed is
 * blanked and noted; a bad required cell skips the record. Repeats until
 * clean, as blanking a latitude can make its longitude the next problem.
 */
function settle(rows: (ServiceCells & { imported?: Imported })[], input: ImportInput, skipped: SkippedRecord[]): DataProblem[] {
  for (let pass = 0; pass < 5; pass++) {
    if (rows.length === 0) return [];
    const checked = readServices(new TextEncoder().encode(servicesCsv(rows)), input.servicesFile, input.taxonomy, input.today);
    const errors = checked.problems.filter((p) => p.severity === 'error');
    const fatal: DataProblem[] = [];
    const drop = new Set<number>();
    for (const p of errors) {
      const index = (p.row ?? 0) - 2;
      const row = rows[index];
      const imported = row?.imported;
      if (!row || !imported) {
        fatal.push(p);
        continue;
      }
      const note = { feedId: imported.feed.feedId, name: row.name, field: p.column ?? 'row', value: p.value ?? '', reason: `we need ${p.expected}` };
      if (p.column !== undefined && OPTIONAL.has(p.column) && row[p.column as keyof ServiceCells] !== '') {
        // Half a map position is no use: the other half goes with it.
        const columns = COORDINATES.includes(p.column) ? COORDINATES : [p.column];
        for (const column of columns.filter((c) => row[c as keyof ServiceCells] !== '')) {
          imported.notes.push({ ...note, field: column, value: row[column as keyof ServiceCells], reason: `left out: ${column === p.column ? note.reason : `it goes with ${p.column}`}` });
          row[column as keyof ServiceCells] = '';
        }
      } else if (!drop.has(index)) {
        drop.add(index);
        skipped.push({ feedId: imported.feed.feedId, name: row.name, field: note.field, reason: `the feed has ${note.value === '' ? 'nothing' : `"${note.value}"`}, but ${note.reason}` });
      }
    }
    if (fatal.length > 0) return fatal;
    if (errors.length === 0) {
      for (const p of checked.problems) {
        const imported = rows[(p.row ?? 0) - 2]?.imported;
        if (imported) imported.notes.push({ feedId: imported.feed.feedId, name: imported.cells.name, field: p.column ?? 'row', value: p.value ?? '', reason: `warning: ${p.expected}` });
      }
      return [];
    }
    for (const index of [...drop].sort((a, b) => b - a)) rows.splice(index, 1);
  }
  return [problem({ file: input.servicesFile, expected: 'the imported rows to pass the checks after five rounds of tidying', fix: 'This is a fault in the importer; please report it with the feed.' })];
}

export function importDirectory(input: ImportInput): ImportResult {
  const today = isoDay(input.today);
  const skipped: SkippedRecord[] = [...input.unreadable];
  const accepted: Omit<Imported, 'source'>[] = [];
  const mapping = withAreaNames(input.mapping, input.feed, input.taxonomy);
  for (const feed of input.feed) {
    const outcome = toServiceCells(feed, mapping, today);
    if (!outcome.ok) skipped.push(outcome.skipped);
    else accepted.push({ feed, cells: { id: '', ...outcome.cells }, notes: outcome.notes, defaultsUsed: outcome.defaultsUsed, gaps: outcome.gaps });
  }
  const existing = input.existing.map(cellsOf);
  const { ids, idMap } = assignIds(accepted.map((a) => ({ feedId: a.feed.feedId, name: a.cells.name })), input.idMap, existing);
  const imported = new Map<string, Imported>();
  for (const a of accepted) {
    const { id, source } = ids.get(a.feed.feedId)!;
    a.cells.id = id;
    imported.set(id, { ...a, source });
  }
  const fromFeed = new Map(idMap.map((e) => [e.id, e.feed_id]));
  const existingIds = new Set(existing.map((e) => e.id));
  const rows: (ServiceCells & { imported?: Imported })[] = [];
  for (const row of existing) {
    const now = imported.get(row.id);
    // Feeds do not say who a service is for (the `for` column): what staff wrote is kept.
    if (now) rows.push({ ...now.cells, for: now.cells.for || row.for, imported: now });
    else if (!fromFeed.has(row.id)) rows.push(row);
  }
  for (const [id, now] of imported) if (!existingIds.has(id)) rows.push({ ...now.cells, imported: now });

  const problems = settle(rows, input, skipped);
  const csv = servicesCsv(rows);
  if (rows.length === 0) {
    problems.push(problem({ file: input.servicesFile, expected: 'at least one service to publish', fix: "None of the feed's records could be taken; the report says why for each one." }));
  } else if (!hasErrors(problems)) {
    const final = readServices(new TextEncoder().encode(csv), input.servicesFile, input.taxonomy, input.today);
    problems.push(...final.problems.filter((p) => p.severity === 'error'));
  }

  const published = new Set(rows.map((r) => r.id));
  const before = new Map(existing.map((e) => [e.id, e]));
  const report: ImportReport = { counts: { inFeed: input.feed.length + input.unreadable.length, added: 0, changed: 0, unchanged: 0, removed: 0, skipped: skipped.length, kept: 0 }, added: [], changed: [], removed: [], skipped, notes: [], unmapped: countUnmapped(input.feed, mapping), defaults: [], gaps: [] };
  const defaultCounts = new Map<DefaultKey, number>();
  for (const row of rows) {
    const now = row.imported;
    if (!now) {
      report.counts.kept++;
      continue;
    }
    report.notes.push(...now.notes);
    if (now.gaps.length > 0) report.gaps.push({ feedId: now.feed.feedId, name: row.name, fields: now.gaps });
    for (const key of now.defaultsUsed) defaultCounts.set(key, (defaultCounts.get(key) ?? 0) + 1);
    const old = before.get(row.id);
    if (!old) report.added.push({ id: row.id, name: row.name });
    else {
      const columns = SERVICES_COLUMN_ORDER.filter((c) => old[c] !== row[c]);
      if (columns.length > 0) report.changed.push({ id: row.id, name: row.name, columns, source: now.source });
      else report.counts.unchanged++;
    }
  }
  const skippedById = new Map(skipped.map((s) => [s.feedId, s]));
  for (const old of existing) {
    if (published.has(old.id)) continue;
    const why = skippedById.get(fromFeed.get(old.id) ?? '');
    report.removed.push({ id: old.id, name: old.name, reason: why ? `${why.field}: ${why.reason}` : 'it is no longer in the feed' });
  }
  Object.assign(report.counts, { added: report.added.length, changed: report.changed.length, removed: report.removed.length });
  report.defaults = [...defaultCounts].map(([key, services]) => ({ key, services }));
  // Only services that made it into the file get a new id-map entry; earlier entries are kept for good.
  const keptMap = idMap.filter((e, i) => i < input.idMap.length || published.has(e.id));
  return { csv, idMap: keptMap, report, problems };
}
