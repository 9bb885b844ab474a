/**
 * The indicator suite as tidy open data: one row per indicator per period,
 * with the GSS symbols (`c` withheld, `x` not available, `z` not applicable,
 * `low` rounds to 0) where there is no number to give.
 */
import type { OpenDataTable } from '../core/open-data';
import { countCell, type Disclosed } from '../core/suppression';
import { DATA_SYMBOLS, publishedNumber, symbolMeanings, type DataSymbol } from '../core/symbols';
import type { PeriodKind } from './period';
import type { Indicator } from './schema';
import { DECIMALS, type Figure, type IndicatorPoint } from './stats';

export const INDICATOR_OPEN_DATA_COLUMNS = [
  'time_period', 'time_identifier', 'geographic_level', 'la_name',
  'indicator_id', 'indicator', 'measure', 'unit', 'better',
  'numerator', 'denominator', 'value', 'target', 'target_by', 'note',
] as const;

export type IndicatorOpenDataRow = Record<(typeof INDICATOR_OPEN_DATA_COLUMNS)[number], string | number>;

const TIME_IDENTIFIER: Record<PeriodKind, string> = { month: 'Month', quarter: 'Quarter', year: 'Calendar year' };

/** What the symbols mean in these files. */
export function indicatorSymbols(threshold: number): Record<DataSymbol & ('c' | 'x' | 'z' | 'low'), string> {
  const meanings = symbolMeanings(threshold);
  return {
    c: meanings.c,
    x: 'Not available: there is no figure for this period (the note says why).',
    z: 'Not applicable: numerator and denominator of a count or an average, a percentage of nothing, or a target where none is set.',
    low: `${DATA_SYMBOLS.low}.`,
  };
}

function figureCell(indicator: Indicator, figure: Figure): number | DataSymbol {
  switch (figure.state) {
    case 'shown':
      return publishedNumber(figure.value, DECIMALS[indicator.measure]);
    case 'withheld':
      return 'c';
    case 'not-available':
      return 'x';
    case 'not-applicable':
      return 'z';
  }
}

function countOrSymbol(indicator: Indicator, d: Disclosed | undefined): string | number {
  if (indicator.measure !== 'percentage') return 'z';
  return d === undefined ? 'x' : countCell(d);
}

/** Rows for one indicator, oldest period first. */
export function indicatorOpenData(indicator: Indicator, points: readonly IndicatorPoint[], areaName: string): IndicatorOpenDataRow[] {
  return points.map((p) => ({
    time_period: p.period.key,
    time_identifier: TIME_IDENTIFIER[p.period.kind],
    geographic_level: 'Local authority',
    la_name: areaName,
    indicator_id: indicator.id,
    indicator: indicator.title,
    measure: indicator.measure,
    unit: indicator.unit,
    better: indicator.better,
    numerator: countOrSymbol(indicator, p.numerator),
    denominator: countOrSymbol(indicator, p.denominator),
    value: figureCell(indicator, p.figure),
    target: indicator.target ?? 'z',
    target_by: indicator.target_by ?? 'z',
    note: p.note ?? '',
  }));
}

/** One table of every indicator given (the whole suite, or one indicator for its page's download). */
export function indicatorOpenDataTable(items: readonly { indicator: Indicator; points: readonly IndicatorPoint[] }[], areaName: string): OpenDataTable {
  return { columns: INDICATOR_OPEN_DATA_COLUMNS, rows: items.flatMap(({ indicator, points }) => indicatorOpenData(indicator, points, areaName)) };
}
