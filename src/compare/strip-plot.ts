/**
 * The geometry of a dot plot of every local authority's figure, drawn as
 * static SVG at build time: each dot one area, stacked where figures are
 * close, our area a diamond and our neighbours squares (shape, not colour,
 * carries the meaning). Labels are HTML placed at the same positions, so they
 * stay readable at 320px wide.
 */

export type DotKind = 'us' | 'neighbour' | 'other';
export type LineKind = 'us' | 'england' | 'region' | 'neighbours';

export interface StripInput {
  dots: { value: number; kind: DotKind; name: string }[];
  lines: { value: number; kind: LineKind; label: string }[];
  unit: 'percent' | 'count';
}

export interface StripPlotModel {
  width: number;
  height: number;
  /** Where the axis is drawn. */
  baseline: number;
  dots: { cx: number; cy: number; kind: DotKind; name: string }[];
  /** Vertical lines; `left` is the label's position as a fraction of the width. */
  lines: { x: number; left: number; kind: LineKind; label: string }[];
  ticks: { x: number; left: number; label: string }[];
}

/** The wide plot's width; a narrow one for small screens has bigger columns, so its dots stay visible. */
export const WIDE = 640;
export const NARROW = 320;
const MARGIN = 14;
const R = 4;
const STEP = 2 * R + 1;

/** A round upper end for a count axis: 23,456 → 25,000. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= max)!;
  return step * power;
}

export function stripPlot(input: StripInput, format: (n: number) => string, width = WIDE): StripPlotModel {
  const values = [...input.dots.map((d) => d.value), ...input.lines.map((l) => l.value)];
  const top = input.unit === 'percent' ? 100 : niceMax(Math.max(...values, 0));
  const plotWidth = width - 2 * MARGIN;
  const xOf = (v: number) => MARGIN + (Math.min(Math.max(v, 0), top) / top) * plotWidth;

  // Stack dots that fall in the same column, lowest value at the bottom; our area last so it is on top.
  const order: Record<DotKind, number> = { other: 0, neighbour: 1, us: 2 };
  const sorted = [...input.dots].sort((a, b) => a.value - b.value || order[a.kind] - order[b.kind]);
  const columns = new Map<number, number>();
  const placed = sorted.map((d) => {
    const column = Math.round((xOf(d.value) - MARGIN) / STEP);
    const level = columns.get(column) ?? 0;
    columns.set(column, level + 1);
    return { d, column, level };
  });
  const tallest = Math.max(1, ...columns.values());
  const height = tallest * STEP + 2 * STEP;
  const baseline = height - STEP / 2;
  const dots = placed.map(({ d, column, level }) => ({ cx: MARGIN + column * STEP, cy: baseline - R - 2 - level * STEP, kind: d.kind, name: d.name }));

  // Percentages in quarters; counts in round steps (0, 5,000, 10,000 …).
  const step = input.unit === 'percent' ? 25 : niceMax(top / 5);
  const ticks = Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, i) => i * step).map((v) => ({ x: xOf(v), left: xOf(v) / width, label: format(v) }));
  const lines = input.lines.map((l) => ({ x: xOf(l.value), left: xOf(l.value) / width, kind: l.kind, label: l.label }));
  return { width, height, baseline, dots, lines, ticks };
}
