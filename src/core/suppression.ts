/**
 * Small-number suppression, so that no child can be identified from a figure.
 * Counts from 1 up to (threshold − 1) are withheld; 0 is shown, because "none"
 * identifies nobody. A percentage is withheld when either of its counts is.
 */
import type { DataSymbol } from './symbols';

/** A count as it may be published: the number, or withheld. */
export type Disclosed = { shown: true; value: number } | { shown: false };

export function isSmall(n: number, threshold: number): boolean {
  return n >= 1 && n < threshold;
}

export function disclose(n: number, threshold: number): Disclosed {
  return isSmall(n, threshold) ? { shown: false } : { shown: true, value: n };
}

/** The percentage within/den, unless either count is small or den is 0. */
export function disclosePercent(within: number, den: number, threshold: number): Disclosed {
  if (den === 0 || isSmall(within, threshold) || isSmall(den, threshold)) return { shown: false };
  return { shown: true, value: (within / den) * 100 };
}

/** Words for a page: "fewer than 5" for a withheld count. */
export function countText(d: Disclosed, threshold: number, format: (n: number) => string = String): string {
  return d.shown ? format(d.value) : `fewer than ${threshold}`;
}

/** A cell for open data: the number, or the GSS symbol `c` (confidential). */
export function countCell(d: Disclosed, decimals = 0): DataSymbol | number {
  return d.shown ? Number(d.value.toFixed(decimals)) : 'c';
}
