/** Small indicator definitions and value rows for tests, built the way the reader builds them. */
import { periodFromKey } from '../period';
import type { Indicator, IndicatorValue } from '../schema';

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'six-weeks',
    title: 'Decisions within 6 weeks',
    description: 'Share of decisions made in time.',
    measure: 'percentage',
    unit: '%',
    frequency: 'monthly',
    better: 'higher',
    source: 'Case records',
    target: undefined,
    target_by: undefined,
    plan_areas: [],
    ...overrides,
  };
}

/** A row of values.csv: `value('2026-10', { numerator: 58, denominator: 91 })`. */
export function value(period: string, fields: Omit<Partial<IndicatorValue>, 'period'> = {}, id = 'six-weeks'): IndicatorValue {
  const p = periodFromKey(period);
  if (!p) throw new RangeError(`not a tidy period: ${period}`);
  return { indicator_id: id, period: p, numerator: undefined, denominator: undefined, value: undefined, note: undefined, ...fields };
}
