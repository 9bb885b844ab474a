import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('sparkline', () => {
  it('draws oldest on the left, higher values nearer the top, inside the padding', () => {
    const s = sparkline([10, 20, 30], undefined, 100, 40, 4)!;
    expect(s.path).toBe('M4 36L50 20L96 4');
    expect(s.last).toEqual({ x: 96, y: 4 });
    expect(s.dots).toEqual([]);
    expect(s.targetY).toBeUndefined();
  });

  it('leaves a gap where a figure is not shown, rather than joining across it', () => {
    expect(sparkline([10, null, 30, 20], undefined, 100, 40, 4)!.path.match(/M/g)).toHaveLength(2);
  });

  it('marks a figure with gaps on both sides with a dot, since a line cannot show it', () => {
    const s = sparkline([10, null, 30, null, 20, 25], undefined, 100, 40, 4)!;
    expect(s.dots).toEqual([{ x: 4, y: 36 }, { x: 40.8, y: 4 }]);
  });

  it('keeps the target inside the drawing, even when it is outside the figures', () => {
    const s = sparkline([10, 20], 50, 100, 40, 4)!;
    expect(s.targetY).toBe(4);
    expect(s.path).toBe('M4 36L96 28');
  });

  it('puts a flat line in the middle, and needs two figures to draw anything', () => {
    expect(sparkline([5, 5], undefined, 100, 40, 4)!.path).toBe('M4 20L96 20');
    expect(sparkline([5, null], undefined)).toBeUndefined();
  });
});
