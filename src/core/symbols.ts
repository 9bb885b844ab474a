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
export function symbolMeanings(threshold: number): Record<'c' | 'x' | 'z' | 'r', string> {
  return {
    c: `Confidential. A count from 1 to ${threshold - 1}, or a percentage made from one, is held back so no child can be identified.`,
    x: 'Not available: the figure was not collected.',
    z: 'Not applicable.',
    r: 'Revised: a figure for this period has changed since it was first published. The revisions log gives the old and new figures.',
  };
}

/** A published number, or `low` if rounding to `decimals` places would show a figure that is not 0 as 0. */
export function publishedNumber(value: number, decimals: number): number | 'low' {
  const f = 10 ** decimals;
  const rounded = Math.round(value * f) / f;
  return rounded === 0 && value !== 0 ? 'low' : rounded;
}
