/**
 * The small trend line on a dashboard card, worked out at build time as SVG
 * path data, so it needs no JavaScript. It always has a text equivalent
 * beside it (see `trendSentence`); the drawing itself is decoration.
 */
import { round1 as round } from '../core/format';

export interface Sparkline {
  width: number;
  height: number;
  /** SVG path data for the line; a period with no figure leaves a gap. */
  path: string;
  /** The newest point with a figure, marked with a dot. */
  last: { x: number; y: number } | undefined;
  /** Figures with no figure either side: a line cannot show them, so they get a small dot. */
  dots: { x: number; y: number }[];
  /** Where the target's horizontal line sits, when there is a target. */
  targetY: number | undefined;
}

/** Geometry for `values` (null where there is no figure), oldest first; undefined with fewer than two figures. */
export function sparkline(values: readonly (number | null)[], target: number | undefined, width = 160, height = 40, pad = 4): Sparkline | undefined {
  const shown = values.filter((v): v is number => v !== null);
  if (shown.length < 2) return undefined;
  const all = target === undefined ? shown : [...shown, target];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  // A flat line sits in the middle rather than on an edge.
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const x = (i: number) => round(values.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => round(height - pad - ((v - lo) * (height - 2 * pad)) / (hi - lo));
  let path = '';
  let drawing = false;
  let last: Sparkline['last'];
  const dots: Sparkline['dots'] = [];
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i)} ${y(v)}`;
    drawing = true;
    last = { x: x(i), y: y(v) };
    if ((values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null) dots.push(last);
  });
  return { width, height, path, last, dots, targetY: target === undefined ? undefined : y(target) };
}
