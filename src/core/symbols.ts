/**
 * The data symbols in open data, from the GSS set used by Explore Education
 * Statistics, defined once: the downloads, the open data page and the readers
 * of DfE files all take them from here.
 */

export const DATA_SYMBOLS = {
  c: 'Confidential',
  x: 'Not available',
  z: 'Not applicable',
  low: 'Rounds to zero but is not zero',
  r: 'Revised',
} as const;

export type DataSymbol = keyof typeof DATA_SYMBOLS;

/** Symbols other publishers use that also mean "no figure here" when we read their files (DfE: `u` low reliability). */
const READ_AS_NO_FIGURE = ['u'];

/** Whether a cell holds a symbol instead of a figure (case forgiven). */
export function isDataSymbol(cell: string): boolean {
  const t = cell.trim().toLowerCase();
  return t in DATA_SYMBOLS || READ_AS_NO_FIGURE.includes(t);
}

/** What each symbol means, in plain English, for people reading a download. */
export function symbolMeanings(threshold: number): Record<'c' | 'x' | 'z', string> {
  return {
    c: `Confidential. A count from 1 to ${threshold - 1}, or a percentage made from one, is held back so no child can be identified.`,
    x: 'Not available: the figure was not collected.',
    z: 'Not applicable.',
  };
}
