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

export interface LineChartData {
  labels: string[];
  series: ChartSeries[];
  /** Axis label, e.g. "Per cent issued within 20 weeks". */
  yLabel: string;
  yMax?: number;
  /** Suffix for values in tooltips, e.g. "%". */
  unit: string;
}

/** Dash patterns for chart.js, in pixels. */
export const DASHES: Record<ChartSeries['style'], number[]> = { solid: [], dashed: [8, 5], dotted: [2, 4] };
