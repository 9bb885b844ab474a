/**
 * An indicator's figures as a real table: newest period first, columns that
 * suit the measure, and a link from a period to its footnote.
 */
import { countText, type Disclosed } from '../core/suppression';
import { formatNumber } from '../core/format';
import type { Indicator } from './schema';
import type { IndicatorPoint } from './stats';
import { changeCell, tableText } from './words';
import type { PeriodKind } from './period';

export interface TableRow {
  /** "October 2026". */
  period: string;
  /** The footnote for this period, if it has a note. */
  note: { number: number; href: string } | undefined;
  cells: string[];
}

export interface IndicatorTable {
  caption: string;
  /** Headings of the number columns (the first column is the period). */
  headings: string[];
  periodHeading: string;
  rows: TableRow[];
}

const PERIOD_HEADING: Record<PeriodKind, string> = { month: 'Month', quarter: 'Quarter', year: 'Year' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The table model. `noteNumber` gives the footnote number of a period with a
 * note; `noteHref` turns a number into the footnote's fragment.
 */
export function indicatorTable(
  indicator: Indicator,
  points: readonly IndicatorPoint[],
  threshold: number,
  noteNumber: (p: IndicatorPoint) => number | undefined,
  noteHref: (n: number) => string,
): IndicatorTable {
  const kind = points[0]?.period.kind ?? 'month';
  const count = (d: Disclosed | undefined) => (d === undefined ? 'no figure' : countText(d, threshold, formatNumber));
  // Short headings, so a two-column table fits a 320px screen without scrolling.
  const changeHeading = `Change on ${kind} before`;
  const headings =
    indicator.measure === 'percentage'
      ? ['Number', 'Out of', 'Per cent', changeHeading]
      : [indicator.measure === 'average' ? `Average ${indicator.unit}` : capitalise(indicator.unit), changeHeading];
  const rows = [...points].reverse().map((p): TableRow => {
    const n = noteNumber(p);
    const figure = tableText(indicator, p.figure, threshold);
    const change = changeCell(indicator, p.change);
    return {
      period: p.label,
      note: n === undefined ? undefined : { number: n, href: noteHref(n) },
      cells: indicator.measure === 'percentage' ? [count(p.numerator), count(p.denominator), figure, change] : [figure, change],
    };
  });
  return {
    caption: `${capitalise(indicator.title)}, by ${kind} (newest first)`,
    headings,
    periodHeading: PERIOD_HEADING[kind],
    rows,
  };
}
