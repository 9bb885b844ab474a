/**
 * The data a line chart draws, built from the same figures as the table beside
 * it. Each series has its own dash pattern and point shape so lines differ by
 * more than colour.
 */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  style: 'solid' | 'dashed' | 'dotted';
  point: 'circle' | 'triangle' | 'rect' | 'rectRot' | 'crossRot';
  colour: string;
}

/** A target drawn as a labelled horizontal line across the chart. */
export interface ChartTarget {
  value: number;
  /** Shown in the legend and beside the line, e.g. "Target: 80% by March 2027". */
  label: string;
}

export interface LineChartData {
  labels: string[];
  series: ChartSeries[];
  /** Axis label, e.g. "Per cent issued within 20 weeks". */
  yLabel: string;
  yMax?: number;
  /** Suffix for values in tooltips, e.g. "%". */
  unit: string;
  /** Suffix for the y axis ticks when it differs from `unit` (a long unit such as " appeals" is left to the axis title). */
  tickUnit?: string | undefined;
  target?: ChartTarget | undefined;
}

/** How the target line looks: a long dash and no points, unlike any data series. */
export const TARGET_STYLE = { colour: '#0b0c0c', dash: [12, 4, 2, 4], width: 2 } as const;

/** Dash patterns for chart.js, in pixels. */
export const DASHES: Record<ChartSeries['style'], number[]> = { solid: [], dashed: [8, 5], dotted: [2, 4] };

/** The colours a chart is drawn in: text (ticks, titles, legend), grid lines, each series and the target. */
export interface ChartColours {
  text: string;
  grid: string;
  series: string[];
  target: string;
}

/**
 * The system colours used in forced-colours mode (Windows High Contrast):
 * a canvas keeps whatever colours it was drawn with, so the chart is drawn
 * again in the colours the person chose. Series differ by dash and point
 * shape, so they may share a colour; the first is the highlight colour.
 */
export const FORCED_COLOURS = { text: 'CanvasText', grid: 'GrayText', first: 'Highlight', other: 'CanvasText' } as const;

/**
 * The chart's colours: its own, or in forced-colours mode the system colours,
 * each turned into a colour the canvas can use by `resolve` (in the browser,
 * what the page's styles make of the system colour's name).
 */
export function chartColours(data: Pick<LineChartData, 'series'>, forced: boolean, resolve: (systemColour: string) => string = (c) => c): ChartColours {
  if (!forced) return { text: '#0b0c0c', grid: '#d9dadb', series: data.series.map((s) => s.colour), target: TARGET_STYLE.colour };
  const text = resolve(FORCED_COLOURS.text);
  return {
    text,
    grid: resolve(FORCED_COLOURS.grid),
    series: data.series.map((_, i) => resolve(i === 0 ? FORCED_COLOURS.first : FORCED_COLOURS.other)),
    target: text,
  };
}
