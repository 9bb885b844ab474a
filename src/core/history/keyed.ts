/**
 * Data files seen as rows with a key (a month, an action id, a service id),
 * so two versions of a file can be compared: which rows went, and which
 * published figures changed. Pure and browser-safe: the check page runs it too.
 */
import { decodeUtf8, parseCsv, type ColumnSpec, type CsvRow } from '../csv';

/** One row of a data file as the history compares it. */
export interface KeyedRow {
  /** The row's identity, normalised (`2025-08`, `4.10`, `northbrook-sendiass`). */
  key: string;
  /** The row number as Excel shows it in that version of the file. */
  row: number;
  /** How a person names it: "August 2025", "action 4.10". */
  label: string;
  /** Rows in the same series share a "newest" period: '' for EHCP months, the indicator id for indicator values. */
  series: string;
  /** Sorts in time order within a series; '' when the rows are not periods. */
  period: string;
  /**
   * The figures of the row: undefined when blank, null when the cell cannot
   * be read (its own check reports it). No figures at all when the whole row
   * cannot be matched to columns.
   */
  figures?: Record<string, number | null | undefined> | undefined;
  /** Free text in the row that may explain where another row went ("Replaces 2.3"). */
  notes?: string | undefined;
}

/** What the history knows about one kind of data file: each dataset describes its own (its `history`, src/<feature>/dataset.ts). */
export interface KeyedDataset {
  /** A short name, e.g. `ehcp-timeliness`; revisions carry it. */
  id: string;
  /** The data in words, for the revisions log: "New EHC plans issued within 20 weeks". */
  title: string;
  /** The page that shows it, e.g. `/data/ehcp-timeliness/`. */
  page?: string | undefined;
  /** Does this description read the file at this path inside the data folder (e.g. `services.csv`)? */
  matches: (path: string) => boolean;
  /** Words for one row and for many: `month`, `months`. */
  noun: { one: string; many: string };
  /** The figures whose change is a revision, with words for each (`decimal` for averages). None: rows can only go, not be revised. */
  figures: readonly { column: string; label: string; decimal?: boolean }[];
  /** Largest share of rows that may go in one change before the whole file is suspect (services: 0.1). */
  shrinkLimit?: number | undefined;
  /** A folder of snapshots (improvement-plan reviews): a new file is compared with the newest published one. */
  snapshots?: boolean | undefined;
  /** The rows of one version; undefined when the file cannot be read at all (its own check explains why). */
  read: (bytes: Uint8Array, file: string) => KeyedRow[] | undefined;
  /** The key as written in data/changes.csv, normalised like `read` does (`Aug-26` → `2025-08`). */
  normaliseKey: (raw: string) => string;
  /** Does a row of the newer version say where this key went (e.g. an update "Replaces 2.3")? */
  explains?: ((key: string, rows: readonly KeyedRow[]) => boolean) | undefined;
  /** A likely reason the key went, said first in the message (e.g. a spreadsheet turned 4.10 into 4.1). */
  hint?: ((key: string, rows: readonly KeyedRow[], before: readonly KeyedRow[]) => string | undefined) | undefined;
}

/**
 * The rows of a CSV file, or undefined when it cannot be decoded or has no
 * key column. Tolerant: rows with mistakes still count, because the row
 * checks report them; the history only needs to know which rows are there.
 */
export function readRows(bytes: Uint8Array, file: string, spec: ColumnSpec, keyColumn: string): CsvRow[] | undefined {
  const decoded = decodeUtf8(bytes, file);
  if (decoded.problems.length > 0) return undefined;
  const { table } = parseCsv(decoded.text, file, spec);
  if (!table.headers.includes(keyColumn)) return undefined;
  return table.rows;
}

/** Rows of `before` whose key is not in `after`, in the order of `before`. */
export function removedRows(before: readonly KeyedRow[], after: readonly KeyedRow[]): KeyedRow[] {
  const keys = new Set(after.map((r) => r.key));
  return before.filter((r) => !keys.has(r.key));
}

/** A published figure that is different in the newer version. */
export interface FigureChange {
  key: string;
  label: string;
  /** The row in the newer version. */
  row: number;
  column: string;
  /** Words for the figure, e.g. "plans issued". */
  measure: string;
  before: number;
  /** Undefined when the figure has been taken out. */
  after: number | undefined;
}

/** The newest period of each series in a version. */
function newestBySeries(rows: readonly KeyedRow[]): Map<string, string> {
  const newest = new Map<string, string>();
  for (const r of rows) if (r.period > (newest.get(r.series) ?? '')) newest.set(r.series, r.period);
  return newest;
}

/**
 * Published figures that changed, for every row before the newest of its
 * series (the newest month may still be corrected without being "revised").
 * A figure that appears where there was none is new, not a revision; a figure
 * taken out is a revision to "not given".
 */
export function changedFigures(
  before: readonly KeyedRow[],
  after: readonly KeyedRow[],
  figures: KeyedDataset['figures'],
): FigureChange[] {
  const old = new Map(before.map((r) => [r.key, r]));
  const newest = newestBySeries(after);
  const changes: FigureChange[] = [];
  for (const r of after) {
    const was = old.get(r.key);
    if (!was || r.period === '' || r.period >= (newest.get(r.series) ?? '')) continue;
    if (!was.figures || !r.figures) continue;
    for (const { column, label } of figures) {
      const a = was.figures[column];
      const b = r.figures[column];
      if (a === undefined || a === null || b === null || a === b) continue;
      changes.push({ key: r.key, label: r.label, row: r.row, column, measure: label, before: a, after: b });
    }
  }
  return changes;
}

/** The description that reads a file, if any. */
export function datasetFor(path: string, datasets: readonly KeyedDataset[]): KeyedDataset | undefined {
  return datasets.find((d) => d.matches(path));
}
