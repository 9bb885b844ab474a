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
