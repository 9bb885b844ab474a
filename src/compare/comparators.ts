/**
 * For one measure and year: England, our region, our statistical neighbours
 * (each and their average), our own figure and where it ranks among all local
 * authorities. The comparison page and the indicator pages both use this.
 *
 *   comparatorsFor('requests_6_weeks', data, area)        // the latest year
 *   comparatorsFor('plans_20_weeks', data, area, own, '2024')
 *
 * Measure keys are listed in `measures.ts`.
 */
import type { CompareValue, NeighbourRow, ReleaseRow } from './read';
import { MEASURES, periodLabel, type Measure, type MeasureKey } from './measures';
import { rankAmong, type Rank } from './rank';

export interface CompareData {
  values: CompareValue[];
  neighbours: NeighbourRow[];
  release: ReleaseRow[];
}

/** The area the site is for, from the site configuration. */
export interface CompareArea {
  /** As families know it, e.g. "Northbrook". */
  name: string;
  /** DfE code, or null for a sample area that is not in DfE's figures. */
  laCode: string | null;
  /** Region name as DfE writes it. */
  region: string;
}

export interface AreaFigure {
  code: string;
  name: string;
  value?: number | undefined;
  numerator?: number | undefined;
  denominator?: number | undefined;
}

export interface NeighbourFigure extends AreaFigure {
  rank: number;
  proximity: string;
}

/** Our own figure: DfE's row for a real council, or worked out from our monthly file. */
export interface OwnFigure {
  value?: number | undefined;
  numerator?: number | undefined;
  denominator?: number | undefined;
  source: 'dfe' | 'local';
  /** Why there is no figure, in plain English. */
  reason?: string | undefined;
}

/** Our own figures by measure and time period (`2024`). */
export type OwnFigures = Partial<Record<MeasureKey, Record<string, OwnFigure>>>;

export interface Comparators {
  measure: Measure;
  period: string;
  periodLabel: string;
  england?: AreaFigure | undefined;
  region?: AreaFigure | undefined;
  neighbours: NeighbourFigure[];
  /** The plain average of the neighbours that have a figure. */
  neighboursAverage?: { value: number; count: number } | undefined;
  own: OwnFigure;
  rank?: Rank | undefined;
  /** Every local authority with a figure, for the chart and the full table. */
  all: AreaFigure[];
  release: string;
  sourceFile: string;
}

function figure(v: CompareValue, code: string, name: string): AreaFigure {
  return { code, name, value: v.value, numerator: v.numerator, denominator: v.denominator };
}

/** Time periods with an England figure for a measure, oldest first. */
export function periodsFor(key: MeasureKey, values: readonly CompareValue[]): string[] {
  return [...new Set(values.filter((v) => v.measure === key && v.geographic_level === 'National' && v.value !== undefined).map((v) => v.time_period))].sort();
}

const sameName = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export function comparatorsFor(key: MeasureKey, data: CompareData, area: CompareArea, own: OwnFigures = {}, period?: string): Comparators | undefined {
  const measure = MEASURES[key];
  const at = period ?? periodsFor(key, data.values).at(-1);
  if (at === undefined) return undefined;
  const rows = data.values.filter((v) => v.measure === key && v.time_period === at);
  if (rows.length === 0) return undefined;
  const national = rows.find((v) => v.geographic_level === 'National');
  const region = rows.find((v) => v.geographic_level === 'Regional' && sameName(v.region_name, area.region));
  const las = rows.filter((v) => v.geographic_level === 'Local authority');
  const byCode = new Map(las.map((v) => [v.old_la_code ?? '', v]));

  const neighbours: NeighbourFigure[] = [...data.neighbours]
    .sort((a, b) => a.sn_rank - b.sn_rank)
    .map((n) => {
      const v = byCode.get(n.sn_la_code);
      return { ...(v ? figure(v, n.sn_la_code, n.sn_la_name) : { code: n.sn_la_code, name: n.sn_la_name }), rank: n.sn_rank, proximity: n.sn_proximity };
    });
  const withValue = neighbours.filter((n) => n.value !== undefined).map((n) => n.value!);
  const neighboursAverage = withValue.length > 0 ? { value: withValue.reduce((a, b) => a + b, 0) / withValue.length, count: withValue.length } : undefined;

  const ours = area.laCode === null ? undefined : byCode.get(area.laCode);
  const ownFigure: OwnFigure = area.laCode !== null
    ? ours?.value !== undefined
      ? { value: ours.value, numerator: ours.numerator, denominator: ours.denominator, source: 'dfe' }
      : { source: 'dfe', reason: `DfE does not give a figure for ${area.name} for ${periodLabel(at)}.` }
    : (own[key]?.[at] ?? { source: 'local', reason: `${area.name} does not publish its own figure for this measure yet.` });

  const all = las.filter((v) => v.value !== undefined).map((v) => figure(v, v.old_la_code ?? '', v.la_name ?? ''));
  const values = all.map((a) => a.value!);
  // A sample area is not among DfE's local authorities, so it is ranked as one more.
  const rankValues = area.laCode === null && ownFigure.value !== undefined ? [...values, ownFigure.value] : values;
  // For a count (better is "neither"), 1st is simply the largest.
  const rank = ownFigure.value !== undefined ? rankAmong(ownFigure.value, rankValues, measure.better) : undefined;

  return {
    measure,
    period: at,
    periodLabel: periodLabel(at),
    england: national ? figure(national, 'E92000001', 'England') : undefined,
    region: region ? figure(region, region.region_code ?? '', region.region_name ?? area.region) : undefined,
    neighbours,
    neighboursAverage,
    own: ownFigure,
    rank,
    all,
    release: rows[0]!.release,
    sourceFile: rows[0]!.source_file,
  };
}
