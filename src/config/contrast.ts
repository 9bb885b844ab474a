/** WCAG 2.2 contrast ratio between two sRGB colours given as #rrggbb. */
import { LocalOfferError } from '../core/errors';

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] | undefined {
  const m = hex.trim().match(/^#?([0-9a-f]{6})$/i);
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function luminance(hex: string): number {
  const rgb = parseHex(hex);
  if (!rgb) throw new NotAColourError(hex);
  const [r, g, b] = rgb.map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The lightest shade of `hex` (the same hue, each channel scaled towards
 * black) that white text can sit on at `target`:1 or more; `hex` itself if it
 * already does. So a council told its colour is too pale gets one it can use.
 */
export function darkerShadeThatPasses(hex: string, target = 4.5): string {
  const rgb = parseHex(hex);
  if (!rgb) throw new NotAColourError(hex);
  for (let scale = 1; scale >= 0; scale -= 0.01) {
    const shade = toHex(rgb.map((c) => c * scale));
    if (contrastRatio(shade, '#ffffff') >= target) return shade;
  }
  return '#000000';
}

export class NotAColourError extends LocalOfferError {
  constructor(hex: string) {
    super(`"${hex}" is not a colour like #1d4f91`, 'Write a colour as # and six letters or digits (0 to 9, a to f), as a design tool shows it.');
  }
}
