import { describe, expect, it } from 'vitest';
import { NARROW, niceMax, stripPlot, WIDE } from './strip-plot';

const dots = [10, 10.2, 10.4, 50, 90, 42].map((value, i) => ({ value, kind: i === 5 ? ('us' as const) : i === 3 ? ('neighbour' as const) : ('other' as const), name: `Area ${i}` }));
const lines = [{ value: 45.9, kind: 'england' as const, label: 'England: 45.9%' }];

describe('the dot plot', () => {
  it.each([WIDE, NARROW])('at width %i: every dot inside the plot, none on top of another', (width) => {
    const plot = stripPlot({ unit: 'percent', dots, lines }, (n) => `${n}%`, width);
    expect(plot.dots).toHaveLength(6);
    for (const d of plot.dots) {
      expect(d.cx).toBeGreaterThanOrEqual(0);
      expect(d.cx).toBeLessThanOrEqual(width);
      expect(d.cy).toBeGreaterThan(0);
      expect(d.cy).toBeLessThan(plot.baseline);
    }
    const places = plot.dots.map((d) => `${d.cx},${d.cy}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('stacks close figures in one column, and keeps our area marked', () => {
    const plot = stripPlot({ unit: 'percent', dots, lines }, (n) => `${n}%`, WIDE);
    const low = plot.dots.filter((d) => d.name === 'Area 0' || d.name === 'Area 1' || d.name === 'Area 2');
    expect(new Set(low.map((d) => d.cx)).size).toBe(1);
    expect(plot.dots.filter((d) => d.kind === 'us').map((d) => d.name)).toEqual(['Area 5']);
  });

  it('places lines and labels where their figures are, from 0 to 100%', () => {
    const plot = stripPlot({ unit: 'percent', dots, lines }, (n) => `${n}%`, WIDE);
    expect(plot.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    const [england] = plot.lines;
    expect(england!.x).toBeCloseTo(plot.ticks[0]!.x + 0.459 * (plot.ticks[4]!.x - plot.ticks[0]!.x), 5);
    expect(england!.left).toBeCloseTo(england!.x / WIDE, 10);
  });

  it('marks a count axis in round steps', () => {
    const plot = stripPlot({ unit: 'count', dots: [{ value: 20635, kind: 'other', name: 'Kent' }], lines: [] }, String);
    expect(plot.ticks.map((t) => t.label)).toEqual(['0', '5000', '10000', '15000', '20000', '25000']);
  });

  it('gives a count a round upper end', () => {
    expect(niceMax(23456)).toBe(25000);
    expect(niceMax(638745)).toBe(1000000);
    expect(niceMax(6868)).toBe(10000);
    expect(niceMax(0)).toBe(1);
  });
});
