import { describe, expect, it } from 'vitest';
import { chartColours, FORCED_COLOURS, TARGET_STYLE, type ChartSeries } from './chart-data';

const series = (colour: string): ChartSeries => ({ label: colour, values: [1, 2], style: 'solid', point: 'circle', colour });
const data = { series: [series('#1d70b8'), series('#d4351c'), series('#00703c')] };

describe('the colours a chart is drawn in', () => {
  it('are its own colours normally', () => {
    expect(chartColours(data, false)).toEqual({ text: '#0b0c0c', grid: '#d9dadb', series: ['#1d70b8', '#d4351c', '#00703c'], target: TARGET_STYLE.colour });
  });

  it('are the system colours the person chose in forced-colours mode, resolved for the canvas', () => {
    const chosen: Record<string, string> = { CanvasText: 'rgb(255, 255, 255)', GrayText: 'rgb(63, 242, 63)', Highlight: 'rgb(26, 235, 255)' };
    const colours = chartColours(data, true, (name) => chosen[name]!);
    expect(colours).toEqual({
      text: 'rgb(255, 255, 255)',
      grid: 'rgb(63, 242, 63)',
      series: ['rgb(26, 235, 255)', 'rgb(255, 255, 255)', 'rgb(255, 255, 255)'],
      target: 'rgb(255, 255, 255)',
    });
    expect(Object.values(FORCED_COLOURS).every((c) => c in chosen)).toBe(true);
  });
});
