import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { siteConfigSchema } from './site-schema';
import { site } from './site.node.ts';

describe('contrast', () => {
  it('matches the WCAG formula at the extremes and for a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('rejects a brand colour too pale for white text, with a reason', () => {
    const result = siteConfigSchema.shape.brandColour.safeParse('#4f9bd9');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at least 4.5 to 1/);
    expect(siteConfigSchema.shape.brandColour.safeParse('blue').error?.issues[0]?.message).toBe('a colour written as #rrggbb, such as #1d4f91');
  });
  it('the shipped configuration passes', () => {
    expect(contrastRatio(site.brandColour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
