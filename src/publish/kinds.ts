/**
 * The data files a comms officer can check on /publish/check/: where each
 * goes in the data folder, and how to recognise it from its name or its
 * column names.
 */
import type { ColumnSpec } from '../core/csv';
import { DATA_FILES, type DatasetId } from '../build/registry';
import { closestColumns, headerRow } from '../build/folder-files';

/** A data file people can check: a short id from its place in the data folder (`ehcp-timeliness`, `improvement-plan-reviews`). */
export type FileKindId = string;

export interface FileKind {
  id: FileKindId;
  /** What people call it, for the choice on the page: "EHCP figures, ehcp-timeliness.csv". */
  label: string;
  /** What people call it, without its place: "EHCP figures". */
  title: string;
  /** Its place in the data folder, as its dataset describes it. */
  path: string;
  dataset: DatasetId;
  /** Where it goes in the data folder: a review keeps its own name, the others replace one file. */
  pathFor: (name: string) => string;
  columns: ColumnSpec;
}

const kindId = (path: string) => path.replace(/(\.csv|\/)$/i, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Every file a dataset reads that people make by hand, in registry order. */
export const FILE_KINDS: readonly FileKind[] = DATA_FILES.filter((f) => f.madeBy === undefined).map((f) => {
  const folder = f.path.endsWith('/');
  return {
    id: kindId(f.path),
    label: folder ? f.label : `${f.label}, ${f.path}`,
    title: f.label,
    path: f.path,
    dataset: f.dataset,
    pathFor: folder ? (name: string) => `${f.path}${name}` : () => f.path,
    columns: f.columns,
  };
});

export const FILE_KIND_IDS: readonly FileKindId[] = FILE_KINDS.map((k) => k.id);

export function fileKind(id: FileKindId): FileKind {
  return FILE_KINDS.find((k) => k.id === id)!;
}

/** "services (1).csv" as a browser saves a second copy → "services.csv". */
function baseName(name: string): string {
  return name.toLowerCase().replace(/\s*\(\d+\)(?=\.csv$)/, '').trim();
}

/** The kind a file name gives away, if any. */
export function kindFromName(name: string): FileKindId | undefined {
  const base = baseName(name);
  // A folder's files (reviews) are named by date; the others by their own name.
  if (/^\d{4}-\d{2}-\d{2}\.csv$/.test(base)) return FILE_KINDS.find((k) => k.path.endsWith('/'))?.id;
  return FILE_KINDS.find((k) => !k.path.endsWith('/') && k.path.split('/').at(-1) === base)?.id;
}

/** The kind whose columns best match the header row: most known columns, then fewest unknown. */
export function kindFromHeaders(headers: readonly string[]): FileKindId | undefined {
  return closestColumns(headers, FILE_KINDS)?.id;
}

/** Which file this is, from its name first and its header row second. */
export function recogniseFile(name: string, bytes: Uint8Array): FileKindId | undefined {
  return kindFromName(name) ?? kindFromHeaders(headerRow(bytes, name));
}
