/**
 * The data symbols used in open data downloads, from the GSS set that Explore
 * Education Statistics uses. Defined once, so downloads and the open data page agree.
 */

export type DataSymbol = 'c' | 'x' | 'z' | 'low';

/** What each symbol means, for people reading a download. */
export function dataSymbols(threshold: number): Record<DataSymbol, string> {
  return {
    c: `confidential: a count from 1 to ${threshold - 1}, or a figure made from one, is held back so that no child can be identified`,
    x: 'not available: there is no figure for this period',
    z: 'not applicable: for example a numerator for a count, a percentage of nothing, or a target where none is set',
    low: 'a figure that rounds to 0 but is not 0',
  };
}

/** A published number, or `low` if rounding to `decimals` places would show a non-zero figure as 0. */
export function publishedNumber(value: number, decimals: number): number | DataSymbol {
  const f = 10 ** decimals;
  const rounded = Math.round(value * f) / f;
  return rounded === 0 && value !== 0 ? 'low' : rounded;
}
