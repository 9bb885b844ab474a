/**
 * The revisions log and the change log as pages and open data show them.
 * Small counts stay withheld in the log as everywhere else.
 */
import { countCell, disclose } from '../core/suppression';
import type { Change } from '../core/history/changes';
import type { KeyedDataset } from '../core/history/keyed';
import { describeChange, sortForLog, type Revision } from '../core/history/revisions';

export interface RevisionLogRow {
  date: string;
  /** The data in words, and its page. */
  title: string;
  page: string | undefined;
  /** The period or row, e.g. "August 2026". */
  label: string;
  /** "plans issued changed from 95 to 97". */
  change: string;
  why: string | undefined;
}

function datasetOf(id: string, datasets: readonly KeyedDataset[]): KeyedDataset | undefined {
  return datasets.find((d) => d.id === id);
}

/** Newest first, one row per figure that changed. */
export function revisionLog(revisions: readonly Revision[], threshold: number, datasets: readonly KeyedDataset[]): RevisionLogRow[] {
  return sortForLog(revisions).map((r) => {
    const dataset = datasetOf(r.dataset, datasets);
    const change = describeChange(r, threshold);
    return { date: r.date, title: dataset?.title ?? r.file, page: dataset?.page, label: r.label, change: change[0]!.toUpperCase() + change.slice(1), why: r.why };
  });
}

export const REVISIONS_OPEN_DATA_COLUMNS = [
  'date_published', 'dataset', 'file', 'time_period', 'label', 'measure', 'column', 'previous_value', 'revised_value', 'reason',
] as const;

export type RevisionOpenDataRow = Record<(typeof REVISIONS_OPEN_DATA_COLUMNS)[number], string | number>;

/** The log as open data: `c` for a withheld count, `z` for a figure taken out. */
export function revisionsOpenData(revisions: readonly Revision[], threshold: number): RevisionOpenDataRow[] {
  return sortForLog(revisions).map((r) => ({
    date_published: r.date,
    dataset: r.dataset,
    file: r.file,
    time_period: r.key,
    label: r.label,
    measure: r.measure,
    column: r.column,
    previous_value: countCell(disclose(r.before, threshold)),
    revised_value: r.after === undefined ? 'z' : countCell(disclose(r.after, threshold)),
    reason: r.why ?? '',
  }));
}

export interface ChangeLogRow {
  date: string;
  title: string;
  page: string | undefined;
  file: string;
  what: string;
  why: string;
}

/** The change log, newest first, with the data each line is about. */
export function changeLog(changes: readonly Change[], datasets: readonly KeyedDataset[]): ChangeLogRow[] {
  return [...changes]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((c) => {
      const path = c.file.replace(/^data\//, '');
      const dataset = datasets.find((d) => d.matches(path)) ?? (path.endsWith('/') ? datasets.find((d) => d.matches(`${path}x.csv`)) : undefined);
      return { date: c.date, title: dataset?.title ?? c.file, page: dataset?.page, file: c.file, what: c.what.join(', '), why: c.why };
    });
}
