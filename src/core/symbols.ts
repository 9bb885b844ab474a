/**
 * The symbols open data uses instead of a figure, from the Government
 * Statistical Service set that Explore Education Statistics uses. Defined once:
 * the open data page and every JSON download describe them from here.
 */
export type DataSymbol = 'c' | 'x' | 'z' | 'r';

/** What each symbol means, in plain English. */
export function dataSymbols(threshold: number): Record<DataSymbol, string> {
  return {
    c: `Confidential. A count from 1 to ${threshold - 1}, or a percentage made from one, is held back so no child can be identified.`,
    x: 'Not available: the figure was not collected.',
    z: 'Not applicable.',
    r: 'Revised: a figure for this period has changed since it was first published. The revisions log gives the old and new figures.',
  };
}
