/**
 * The data files a comms officer can check on /publish/check/: where each
 * goes in the data folder, and how to recognise it from its name or its
 * column names.
 */
import { decodeUtf8, normaliseHeader, parseCsv, type ColumnSpec } from '../core/csv';
import { DATA_FILES, type DatasetId } from '../build/registry';

/** A data file people can check: a short id from its place in the data folder (`ehcp-timeliness`, `improvement-plan-reviews`). */
export type FileKindId = string;

export interface FileKind {
  id: FileKindId;
  /** What people call it, for the choice on the page: "EHCP figures, ehcp-timeliness.csv". */
  label: string;
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
  const names = new Set(headers.map(normaliseHeader).filter(Boolean));
  let best: { id: FileKindId; score: number } | undefined;
  for (const kind of FILE_KINDS) {
    const known = [...kind.columns.required, ...(kind.columns.optional ?? [])];
    const matched = known.filter((c) => names.has(c)).length;
    const required = kind.columns.required.filter((c) => names.has(c)).length / kind.columns.required.length;
    // Half the required columns at least, so a misspelt column or two still counts.
    if (required < 0.5) continue;
    const score = matched / (known.length + names.size - matched);
    if (!best || score > best.score) best = { id: kind.id, score };
  }
  return best?.id;
}

/** Which file this is, from its name first and its header row second. */
export function recogniseFile(name: string, bytes: Uint8Array): FileKindId | undefined {
  const byName = kindFromName(name);
  if (byName) return byName;
  const decoded = decodeUtf8(bytes, name);
  if (decoded.problems.length > 0) return undefined;
  const firstLine = decoded.text.split(/\r?\n/, 1)[0] ?? '';
  const headers = parseCsv(firstLine, name, { required: [] }).table.headers;
  return kindFromHeaders(headers);
}
