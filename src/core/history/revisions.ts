/**
 * The revisions log: every published figure that later changed, worked out
 * from the versions of a file in the order they were published. Pages mark
 * the revised period ("revised", `r` in downloads) and list the log.
 */
import { formatDate, formatNumber, listInWords } from '../format';
import { countText, disclose } from '../suppression';
import { explainedBy, type Change } from './changes';
import { changedFigures, type KeyedDataset } from './keyed';

export interface Revision {
  /** The file, as it is in the repository, e.g. `data/ehcp-timeliness.csv`. */
  file: string;
  /** The dataset's id, e.g. `ehcp-timeliness`. */
  dataset: string;
  /** The row's key, e.g. the month `2025-08`. */
  key: string;
  /** The row in words, e.g. "August 2025". */
  label: string;
  column: string;
  /** The figure in words, e.g. "plans issued". */
  measure: string;
  before: number;
  /** Undefined when the figure was taken out. */
  after: number | undefined;
  /** The day the revised figure was published, YYYY-MM-DD. */
  date: string;
  /** Why, when a line in data/changes.csv names this row. */
  why?: string | undefined;
}

/** A version of a file and the day it was published. */
export interface DatedVersion {
  date: string;
  bytes: Uint8Array;
}

/**
 * Revisions between each published version and the next, oldest first.
 * A reason comes from the change log line for this file and row nearest in date.
 */
export function revisionsOver(
  dataset: KeyedDataset,
  file: { display: string; data: string },
  versions: readonly DatedVersion[],
  changes: readonly Change[] = [],
): Revision[] {
  const revisions: Revision[] = [];
  let previous = undefined as ReturnType<KeyedDataset['read']>;
  for (const version of versions) {
    const rows = dataset.read(version.bytes, file.display);
    if (!rows) continue;
    if (previous) {
      for (const c of changedFigures(previous, rows, dataset.figures)) {
        const reasons = explainedBy(changes, file, c.key, dataset.normaliseKey);
        const nearest = reasons.sort((a, b) => distance(a.date, version.date) - distance(b.date, version.date))[0];
        revisions.push({
          file: file.display,
          dataset: dataset.id,
          key: c.key,
          label: c.label,
          column: c.column,
          measure: c.measure,
          before: c.before,
          after: c.after,
          date: version.date,
          why: nearest?.why,
        });
      }
    }
    previous = rows;
  }
  return revisions;
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b));
}

/** Revisions (of one file) grouped by row key, in the order given. */
export function revisionsByKey(revisions: readonly Revision[]): Map<string, Revision[]> {
  const byKey = new Map<string, Revision[]>();
  for (const r of revisions) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  return byKey;
}

/** The revisions of one dataset, e.g. `ehcp-timeliness`. */
export function revisionsOf(revisions: readonly Revision[], dataset: string): Revision[] {
  return revisions.filter((r) => r.dataset === dataset);
}

/** Newest first, then by file and row, for the log. */
export function sortForLog(revisions: readonly Revision[]): Revision[] {
  return [...revisions].sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file) || b.key.localeCompare(a.key) || a.column.localeCompare(b.column));
}

/** A figure for people: withheld small counts stay withheld in the log too. */
function figureText(n: number | undefined, threshold: number): string {
  return n === undefined ? 'no figure' : countText(disclose(n, threshold), threshold, formatNumber);
}

/** "plans issued changed from 95 to 97" (no change is shown that the small-number rule would hide). */
export function describeChange(r: Pick<Revision, 'measure' | 'before' | 'after'>, threshold: number): string {
  return `${r.measure} changed from ${figureText(r.before, threshold)} to ${figureText(r.after, threshold)}`;
}

/**
 * The footnote for one revised row: "August 2026 was revised on 18 November
 * 2026: plans issued changed from 95 to 97, and plans issued within 20 weeks
 * changed from 60 to 61. Two plans were recorded late."
 */
export function revisionNote(revisions: readonly Revision[], threshold: number): string {
  const first = revisions[0];
  if (!first) return '';
  const dates = [...new Set(revisions.map((r) => r.date))].sort();
  const parts = dates.map((date) => {
    const on = revisions.filter((r) => r.date === date);
    const changes = on.map((r) => describeChange(r, threshold));
    const why = [...new Set(on.map((r) => r.why).filter((w): w is string => !!w))].join(' ');
    return `on ${formatDate(date)}: ${listInWords(changes)}.${why ? ` ${why}` : ''}`;
  });
  return `${first.label} was revised ${parts.join(' It was revised again ')}`;
}

