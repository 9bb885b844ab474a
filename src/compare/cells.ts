/**
 * A figure in a DfE file or in our comparison files: a number, or one of the
 * data symbols (core/symbols.ts) that stand in for one.
 */
import { DATA_SYMBOLS, isDataSymbol } from '../core/symbols';

/** A number, or a symbol such as `x` (lower case). */
export type Cell = number | string;

const SYMBOL_LIST = [...Object.keys(DATA_SYMBOLS), 'u'].join(', ');
const EXPECT_NUMBER = `a number, or one of the symbols ${SYMBOL_LIST}`;

/**
 * Reads a cell: `45.9`, `x`, `low`. A blank cell is read as `x` (not
 * available). A percentage must be from 0 to 100.
 */
export function readCell(raw: string, percent: boolean): { ok: true; value: Cell } | { ok: false; expected: string } {
  const t = raw.trim().toLowerCase();
  if (t === '') return { ok: true, value: 'x' };
  if (isDataSymbol(t)) return { ok: true, value: t };
  if (!/^-?\d+(\.\d+)?$/.test(t)) return { ok: false, expected: percent ? `a percentage from 0 to 100 such as 45.9 (without %), or one of the symbols ${SYMBOL_LIST}` : EXPECT_NUMBER };
  const n = Number(t);
  if (n < 0) return { ok: false, expected: `${EXPECT_NUMBER}, 0 or more` };
  if (percent && n > 100) return { ok: false, expected: 'a percentage from 0 to 100' };
  return { ok: true, value: n };
}

/** Adds counts; if any is a symbol, the total is not available. */
export function sumCells(cells: readonly Cell[]): Cell {
  let total = 0;
  for (const c of cells) {
    if (typeof c !== 'number') return 'x';
    total += c;
  }
  return total;
}
