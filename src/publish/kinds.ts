/**
 * The data files a comms officer can check on /publish/check/: where each
 * goes in the data folder, and how to recognise it from its name or its
 * column names.
 */
import { decodeUtf8, normaliseHeader, parseCsv, type ColumnSpec } from '../core/csv';
import { EHCP_NATIONAL_COLUMNS, EHCP_TIMELINESS_COLUMNS } from '../ehcp/ehcp';
import { POSTCODE_DISTRICTS_COLUMNS } from '../directory/geo-districts';
import { SERVICES_COLUMNS } from '../directory/services';
import { TAXONOMY_COLUMNS } from '../directory/taxonomy';
import { CHANGES_COLUMNS } from '../history/changes';
import { AREAS_COLUMNS, REVIEW_COLUMNS } from '../plan/schema';
import { INDICATORS_COLUMNS, VALUES_COLUMNS } from '../indicators/schema';

export const FILE_KIND_IDS = ['ehcp-timeliness', 'review', 'areas', 'indicator-values', 'indicators', 'services', 'taxonomy', 'changes', 'ehcp-national', 'postcode-districts'] as const;
export type FileKindId = (typeof FILE_KIND_IDS)[number];

export interface FileKind {
  id: FileKindId;
  /** What people call it, for the choice on the page. */
  label: string;
  /** Where it goes in the data folder: a review keeps its own name, the others replace one file. */
  pathFor: (name: string) => string;
  columns: ColumnSpec;
}

const fixed = (path: string) => () => path;

export const FILE_KINDS: readonly FileKind[] = [
  { id: 'ehcp-timeliness', label: 'EHCP figures, ehcp-timeliness.csv', pathFor: fixed('ehcp-timeliness.csv'), columns: EHCP_TIMELINESS_COLUMNS },
  { id: 'review', label: 'An improvement plan progress review, such as 2026-11-13.csv', pathFor: (name) => `improvement-plan/reviews/${name}`, columns: REVIEW_COLUMNS },
  { id: 'areas', label: 'Improvement plan areas, areas.csv', pathFor: fixed('improvement-plan/areas.csv'), columns: AREAS_COLUMNS },
  { id: 'indicator-values', label: 'The other measures’ figures, indicators/values.csv', pathFor: fixed('indicators/values.csv'), columns: VALUES_COLUMNS },
  { id: 'indicators', label: 'The list of other measures, indicators/indicators.csv', pathFor: fixed('indicators/indicators.csv'), columns: INDICATORS_COLUMNS },
  { id: 'services', label: 'The directory of services, services.csv', pathFor: fixed('services.csv'), columns: SERVICES_COLUMNS },
  { id: 'taxonomy', label: 'Categories and needs, taxonomy.csv', pathFor: fixed('taxonomy.csv'), columns: TAXONOMY_COLUMNS },
  { id: 'changes', label: 'The change log, changes.csv', pathFor: fixed('changes.csv'), columns: CHANGES_COLUMNS },
  { id: 'ehcp-national', label: 'England EHCP figures, ehcp-national.csv', pathFor: fixed('ehcp-national.csv'), columns: EHCP_NATIONAL_COLUMNS },
  { id: 'postcode-districts', label: 'Postcode districts, postcode-districts.csv', pathFor: fixed('postcode-districts.csv'), columns: POSTCODE_DISTRICTS_COLUMNS },
];

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
  if (/^\d{4}-\d{2}-\d{2}\.csv$/.test(base)) return 'review';
  // values.csv and indicators.csv are recognised by name too; only the review's name is free.
  return FILE_KINDS.find((k) => k.id !== 'review' && k.pathFor(base).split('/').at(-1) === base)?.id;
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
