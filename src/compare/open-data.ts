/**
 * The derived comparison as tidy open data: for each measure and year, our
 * area, England, the region, each statistical neighbour and their average,
 * with our place among all local authorities, the release and the source file.
 * A figure DfE does not give is `x` (the GSS symbol for not available).
 */
import { comparatorsFor, periodsFor, type AreaFigure, type CompareArea, type CompareData, type OwnFigures } from './comparators';
import { MEASURE_LIST } from './measures';
import { round1 } from '../core/format';

export const COMPARE_OPEN_DATA_COLUMNS = [
  'measure', 'measure_title', 'time_period', 'role', 'area_code', 'area_name', 'sn_rank', 'sn_proximity',
  'numerator', 'denominator', 'value', 'rank', 'rank_of', 'release', 'source_file',
] as const;

export type CompareOpenDataRow = Record<(typeof COMPARE_OPEN_DATA_COLUMNS)[number], string | number>;

const cell = (n: number | undefined): string | number => (n === undefined ? 'x' : round1(n));

export function compareOpenData(data: CompareData, area: CompareArea, own: OwnFigures, ownSource: { release: string; file: string }): CompareOpenDataRow[] {
  const rows: CompareOpenDataRow[] = [];
  for (const m of MEASURE_LIST) {
    for (const period of periodsFor(m.key, data.values)) {
      const c = comparatorsFor(m.key, data, area, own, period);
      if (!c) continue;
      const base = { measure: m.key, measure_title: m.title, time_period: period, release: c.release, source_file: c.sourceFile };
      const row = (role: string, f: AreaFigure | undefined, extra: Partial<CompareOpenDataRow> = {}): CompareOpenDataRow => ({
        ...base, role, area_code: f?.code ?? '', area_name: f?.name ?? '', sn_rank: '', sn_proximity: '',
        numerator: cell(f?.numerator), denominator: cell(f?.denominator), value: cell(f?.value), rank: '', rank_of: '', ...extra,
      });
      const local = c.own.source === 'local';
      rows.push(row('our area', { code: area.laCode ?? '', name: area.name, ...c.own }, {
        rank: c.rank ? `${c.rank.joint ? '=' : ''}${c.rank.position}` : 'x',
        rank_of: c.rank?.of ?? 'x',
        ...(local ? { release: ownSource.release, source_file: ownSource.file } : {}),
      }));
      rows.push(row('England', c.england));
      rows.push(row('region', c.region));
      for (const n of c.neighbours) rows.push(row('statistical neighbour', n, { sn_rank: n.rank, sn_proximity: n.proximity }));
      rows.push(row('average of statistical neighbours', { code: '', name: `Average of ${c.neighboursAverage?.count ?? 0} neighbours with a figure`, value: c.neighboursAverage?.value }, { numerator: 'z', denominator: 'z' }));
    }
  }
  return rows;
}
