/**
 * Everything the comparison page and its downloads need, worked out once:
 * for each measure, our figure beside England, the region and the neighbours,
 * our rank, the dot plot, the tables, the words and the footnotes.
 */
import { lastUpdatedRow, type DateRow } from '../ui/dates-panel/dates-panel';
import { comparatorsFor, periodsFor, type AreaFigure, type CompareArea, type CompareData, type Comparators, type OwnFigures } from './comparators';
import { MEASURE_LIST, type Measure } from './measures';
import { mappingFor } from './releases';
import { reportingYearOf } from './release';
import { ordinal } from '../core/format';
import { rankText } from './rank';
import { baseText, formatFigure, regionPhrase, summaryFor, titleFor } from './sentences';
import { NARROW, stripPlot, WIDE, type DotKind, type StripPlotModel } from './strip-plot';
import type { Footnote } from '../ui/footnotes';

export interface FigureRow {
  label: string;
  value: string;
  base: string;
  /** Our own row, marked in words as well as style. */
  ours?: boolean;
}

export interface RankedRow {
  position: string;
  name: string;
  value: string;
  base: string;
  kind: DotKind;
  /** The figure as a number, for the dot plot. */
  amount: number;
}

export interface MeasureView {
  id: string;
  measure: Measure;
  comparators: Comparators;
  title: string;
  subtitle: string;
  summary: string;
  ours: string;
  rank?: string | undefined;
  rows: FigureRow[];
  neighbours: (FigureRow & { rank: number; proximity: string })[];
  /** Every local authority (and us), best first, for the full table. */
  ranked: RankedRow[];
  /** Earlier years, when the release has them. */
  history: { period: string; ours: string; england: string; region: string; neighbours: string }[];
  plot: StripPlotModel;
  /** The same plot for small screens. */
  plotNarrow: StripPlotModel;
  /** The notes every measure carries, then this measure's own. */
  footnotes: Footnote[];
  /**
   * Each table's caption, naming the measure: the captions name the scrolling
   * regions too, so no two on the page may read the same.
   */
  captions: { compare: string; neighbours: string; history: string };
}

/** Every local authority (and us) with each measure's figure and place: the table behind every dot plot. */
export interface AllAreasTable {
  measures: { id: string; title: string; period: string }[];
  rows: { name: string; kind: DotKind; cells: { value: string; place: string }[] }[];
}

export interface CompareView {
  areaName: string;
  isSample: boolean;
  regionName: string;
  neighboursOf: string;
  measures: MeasureView[];
  allAreas: AllAreasTable;
  release: string;
  sourceFiles: string[];
  neighboursSource: string;
}

function history(measure: Measure, data: CompareData, area: CompareArea, own: OwnFigures): MeasureView['history'] {
  return periodsFor(measure.key, data.values)
    .map((p) => comparatorsFor(measure.key, data, area, own, p)!)
    .reverse()
    .map((c) => ({
      period: c.periodLabel,
      ours: c.own.value === undefined ? 'no figure' : formatFigure(measure, c.own.value),
      england: formatFigure(measure, c.england?.value),
      region: formatFigure(measure, c.region?.value),
      neighbours: formatFigure(measure, c.neighboursAverage?.value),
    }));
}

function ranked(c: Comparators, area: CompareArea): RankedRow[] {
  const neighbourCodes = new Set(c.neighbours.map((n) => n.code));
  const kind = (f: AreaFigure): DotKind => (f.code === area.laCode ? 'us' : neighbourCodes.has(f.code) ? 'neighbour' : 'other');
  const rows: (AreaFigure & { kind: DotKind })[] = c.all.map((f) => ({ ...f, kind: kind(f) }));
  if (area.laCode === null && c.own.value !== undefined) rows.push({ code: '', name: `${area.name} (not in DfE's figures)`, value: c.own.value, numerator: c.own.numerator, denominator: c.own.denominator, kind: 'us' });
  const lowerFirst = c.measure.better === 'lower';
  rows.sort((a, b) => (lowerFirst ? a.value! - b.value! : b.value! - a.value!) || a.name.localeCompare(b.name, 'en-GB'));
  const round = (v: number) => Math.round(v * 10);
  return rows.map((r) => {
    const ahead = rows.filter((o) => (lowerFirst ? round(o.value!) < round(r.value!) : round(o.value!) > round(r.value!))).length;
    const tied = rows.filter((o) => round(o.value!) === round(r.value!)).length > 1;
    return { position: `${tied ? 'joint ' : ''}${ordinal(ahead + 1)}`, name: r.name, value: formatFigure(c.measure, r.value), base: baseText(c.measure, r), kind: r.kind, amount: r.value! };
  });
}

function measureView(c: Comparators, data: CompareData, area: CompareArea, own: OwnFigures, neighboursOf: string, footnotes: readonly Footnote[]): MeasureView {
  const m = c.measure;
  const isSample = area.laCode === null;
  const region = c.region?.name ?? area.region;
  const avg = c.neighboursAverage?.value;
  const rows: FigureRow[] = [
    { label: area.name, value: c.own.value === undefined ? 'no figure' : formatFigure(m, c.own.value), base: baseText(m, c.own), ours: true },
    { label: 'England', value: formatFigure(m, c.england?.value), base: c.england ? baseText(m, c.england) : '' },
    { label: region, value: formatFigure(m, c.region?.value), base: c.region ? baseText(m, c.region) : '' },
    { label: "Similar areas' average", value: formatFigure(m, avg), base: c.neighboursAverage ? `${c.neighboursAverage.count} areas with a figure` : '' },
  ];
  // England's and the region's counts are totals, not one council's, so only percentages draw them on the plot.
  const totals = m.unit === 'percent';
  const lines = [
    ...(c.own.value !== undefined ? [{ value: c.own.value, kind: 'us' as const, label: `${area.name}: ${formatFigure(m, c.own.value)}` }] : []),
    ...(totals && c.england?.value !== undefined ? [{ value: c.england.value, kind: 'england' as const, label: `England: ${formatFigure(m, c.england.value)}` }] : []),
    ...(totals && c.region?.value !== undefined ? [{ value: c.region.value, kind: 'region' as const, label: `${region}: ${formatFigure(m, c.region.value)}` }] : []),
    ...(avg !== undefined ? [{ value: avg, kind: 'neighbours' as const, label: `Neighbours' average: ${formatFigure(m, avg)}` }] : []),
  ];
  const table = ranked(c, area);
  const plotInput = { unit: m.unit, lines, dots: table.map((r) => ({ value: r.amount, kind: r.kind, name: r.name })) };
  const tick = (n: number) => (m.unit === 'percent' ? `${Math.round(n)}%` : formatFigure(m, n));
  return {
    id: m.key.replace(/_/g, '-'),
    measure: m,
    comparators: c,
    title: titleFor(c, area.name),
    subtitle: `${m.title}, ${m.basis === 'calendar' ? `calendar year ${c.periodLabel}` : c.periodLabel}: ${area.name}, England, ${regionPhrase(region)} and similar areas`,
    summary: summaryFor(c, area.name, isSample, neighboursOf),
    ours: rows[0]!.value,
    rank: c.rank ? rankText(c.rank) : undefined,
    rows,
    neighbours: c.neighbours.map((n) => ({ rank: n.rank, proximity: n.proximity, label: n.name, value: formatFigure(m, n.value), base: baseText(m, n) })),
    ranked: table,
    history: history(m, data, area, own),
    plot: stripPlot(plotInput, tick, WIDE),
    plotNarrow: stripPlot(plotInput, tick, NARROW),
    footnotes: [...footnotes, ...smallNumbers(c, area)],
    captions: {
      compare: `${m.title}: ${area.name} beside England, ${regionPhrase(region)} and similar areas, ${c.periodLabel}`,
      neighbours: `${m.title}: each of the 10 similar areas (statistical neighbours), most similar first`,
      history: `${m.title}: each year, newest first`,
    },
  };
}

/** Below this many, one or two either way move a percentage a lot. */
export const SMALL_BASE = 20;

/** A footnote naming the similar areas (and us) whose percentage rests on few plans or decisions. */
function smallNumbers(c: Comparators, area: CompareArea): Footnote[] {
  if (c.measure.unit !== 'percent') return [];
  const small = [...c.neighbours, ...(c.own.denominator !== undefined ? [{ name: area.name, denominator: c.own.denominator }] : [])]
    .filter((f) => f.denominator !== undefined && f.denominator < SMALL_BASE)
    .map((f) => `${f.name} (${f.denominator})`);
  if (small.length === 0) return [];
  return [{ id: 'small-numbers', text: `Small numbers: ${small.join(', ')} had fewer than ${SMALL_BASE} ${c.measure.base}, so one or two either way move the percentage a lot.` }];
}

/** Notes that apply to every measure on the page. */
export function generalNotes(area: CompareArea, neighboursOf: string, ownFile: string): Footnote[] {
  const ours = area.laCode === null
    ? `${area.name}'s own figures are worked out from its monthly records (${ownFile}) for whole calendar years. DfE's figures come from each council's yearly return (SEN2), which may count slightly differently.`
    : `Every figure, including ${area.name}'s, is DfE's, as published.`;
  return [
    { id: 'own-figures', text: ours },
    { id: 'neighbours', text: `The similar areas are DfE's 10 statistical neighbours of ${neighboursOf}. Their average is the plain average of their published figures: a small area counts as much as a big one.` },
    { id: 'places', text: 'Places are counted among local authorities with a figure. Areas with exactly the same figure share a place ("joint").' },
  ];
}

/** One row per area, ours first then A to Z; a cell per measure with its figure and place. */
export function allAreasTable(measures: readonly MeasureView[]): AllAreasTable {
  const byName = new Map<string, AllAreasTable['rows'][number]>();
  measures.forEach((m, i) => {
    for (const r of m.ranked) {
      const row = byName.get(r.name) ?? { name: r.name, kind: r.kind, cells: measures.map(() => ({ value: 'not available', place: '' })) };
      row.cells[i] = { value: r.value, place: r.position };
      byName.set(r.name, row);
    }
  });
  const rows = [...byName.values()].sort((a, b) => Number(b.kind === 'us') - Number(a.kind === 'us') || a.name.localeCompare(b.name, 'en-GB'));
  return { measures: measures.map((m) => ({ id: m.id, title: m.measure.title, period: m.comparators.periodLabel })), rows };
}

/** `ownFile` is the monthly EHCP file a sample area's own yearly figures are worked out from, as messages name it. */
export function compareView(data: CompareData, area: CompareArea, own: OwnFigures, ownFile: string): CompareView {
  const neighboursOf = data.neighbours[0]?.la_name ?? '';
  const reportingYear = reportingYearOf(data.release) ?? Number.NaN;
  const mapping = mappingFor(reportingYear);
  const general = generalNotes(area, neighboursOf, ownFile);
  const measures = MEASURE_LIST.flatMap((m) => {
    const c = comparatorsFor(m.key, data, area, own);
    if (!c) return [];
    const dfe = (mapping.exact ? (mapping.mapping.footnotes[m.file] ?? []) : []).map((text, i) => ({ id: `dfe-${i + 1}`, text }));
    return [measureView(c, data, area, own, neighboursOf, [...general, ...dfe])];
  });
  const sources = data.release.filter((r) => r.file_kind !== 'neighbours');
  const list = data.release.find((r) => r.file_kind === 'neighbours');
  return {
    areaName: area.name,
    isSample: area.laCode === null,
    regionName: measures[0]?.comparators.region?.name ?? area.region,
    neighboursOf,
    measures,
    allAreas: allAreasTable(measures),
    release: sources[0]?.release ?? '',
    sourceFiles: sources.map((r) => r.source_file),
    neighboursSource: list ? `${list.release} (${list.source_file})` : '',
  };
}

/** The comparison page: the view with its dates panel and the source every figure names. */
export interface ComparePage extends CompareView {
  updated: string;
  dates: DateRow[];
  /** DfE's release and files, the neighbours' source and, for a sample area, its own monthly file. */
  source: string;
}

export function comparePage(view: CompareView, { updated, council, ownFile }: { updated: string; council: string; ownFile: string }): ComparePage {
  return {
    ...view,
    updated,
    dates: [{ term: 'Figures from', text: `DfE, ${view.release}` }, lastUpdatedRow(updated), { term: 'Next update', text: 'DfE publishes new figures once a year, usually in June.' }],
    source: `Department for Education (DfE), ${view.release} (${view.sourceFiles.join(', ')}); ${view.neighboursSource}${view.isSample ? `; ${council} monthly figures (${ownFile})` : ''}`,
  };
}
