/**
 * A log of changes, newest first: the revisions log and the change log share
 * its shape (a date, the data it is about, what, and the rest). LogTable.astro
 * lays it out. Examples: ./examples.ts.
 */

/** One line of a log. */
export interface LogRow {
  /** `YYYY-MM-DD`, shown as a <time>. */
  date: string;
  /** The data the line is about, linked to its page when it has one. */
  title: string;
  page?: string | undefined;
  /** What changed: the row's header. */
  what: string;
  /** The cells after it, in column order. */
  cells: readonly string[];
}

export interface LogTableProps {
  captionId: string;
  caption: string;
  /** Column headings: the date's, the data's, the row header's, then one for each cell. */
  columns: readonly string[];
  rows: readonly LogRow[];
  /** Said, in bold, instead of the table when the log is empty. */
  empty: string;
}
