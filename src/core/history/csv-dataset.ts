/**
 * The usual way a dataset says what its rows are to the history guard: one
 * file (or a folder of files), one key column, figures read as counts. Each
 * dataset's own description (src/<feature>/dataset.ts) calls `csvDataset`.
 */
import { fileMatches, type DataFileSpec } from '../dataset';
import { count, parseMonth } from '../fields';
import { readRows, type KeyedDataset, type KeyedRow } from './keyed';

/** A figure cell: blank is "not given" (undefined), a cell that is not a count (or a number, for `decimal`) is unreadable (null). */
export function figureCell(raw: string | undefined, decimal = false): number | null | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (decimal) {
    const t = raw.trim().replace(/,(?=\d{3}(\D|$))/g, '');
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
  }
  const parsed = count.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** `Aug-25`, `01/08/2025` and `2025-08` are the same month; anything else stays as typed. */
export function monthKey(raw: string): string {
  const parsed = parseMonth(raw);
  return parsed.ok ? parsed.month : raw.trim();
}

/**
 * A simple dataset: one file (or a folder of files), one key column, figures
 * read as counts. Rows whose key cell is empty are left out.
 */
export function csvDataset(options: {
  id: string;
  title: string;
  page?: string;
  /** The file (or folder of files) as the dataset's `files` list has it: its path and columns. */
  file: Pick<DataFileSpec, 'path' | 'columns'>;
  noun: { one: string; many: string };
  keyColumn: string;
  /** A key made of more than the key column (an indicator's id and period). */
  keyOf?: (cells: Record<string, string>) => string;
  normaliseKey?: (raw: string) => string;
  label: (key: string, cells: Record<string, string>) => string;
  figures?: KeyedDataset['figures'];
  period?: (key: string) => string;
  series?: (cells: Record<string, string>) => string;
  notesColumn?: string;
  shrinkLimit?: number;
  snapshots?: boolean;
  explains?: KeyedDataset['explains'];
  hint?: KeyedDataset['hint'];
}): KeyedDataset {
  const normaliseKey = options.normaliseKey ?? ((raw: string) => raw.trim());
  const figures = options.figures ?? [];
  return {
    id: options.id,
    title: options.title,
    page: options.page,
    matches: (path) => fileMatches(options.file, path),
    noun: options.noun,
    figures,
    shrinkLimit: options.shrinkLimit,
    snapshots: options.snapshots,
    explains: options.explains,
    hint: options.hint,
    normaliseKey,
    read: (bytes, file) => {
      const rows = readRows(bytes, file, options.file.columns, options.keyColumn);
      if (!rows) return undefined;
      return rows.flatMap(({ row, cells, misaligned }): KeyedRow[] => {
        const key = options.keyOf ? options.keyOf(cells) : normaliseKey(cells[options.keyColumn] ?? '');
        if (key === '') return [];
        return [{
          key,
          row,
          label: options.label(key, cells),
          series: options.series?.(cells) ?? '',
          period: options.period?.(key) ?? '',
          figures: misaligned ? undefined : Object.fromEntries(figures.map(({ column, decimal }) => [column, figureCell(cells[column], decimal)])),
          notes: options.notesColumn ? cells[options.notesColumn] : undefined,
        }];
      });
    },
  };
}

