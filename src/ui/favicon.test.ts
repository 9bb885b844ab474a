import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { faviconSvg } from './favicon';

describe('the favicon', () => {
  it('is drawn in the brand colour, with a white letter', () => {
    const svg = parse(faviconSvg('#7a2e8e')).querySelector('svg')!;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('rect')!.getAttribute('fill')).toBe('#7a2e8e');
    expect(svg.querySelector('path')!.getAttribute('fill')).toBe('#fff');
  });

  it('changes with the brand colour, and only in its colour', () => {
    const blue = faviconSvg('#1d4f91');
    const purple = faviconSvg('#7a2e8e');
    expect(purple).not.toBe(blue);
    expect(purple.replace('#7a2e8e', '#1d4f91')).toBe(blue);
  });
});
