import { describe, expect, it } from 'vitest';
import { countCell, countText, disclose, disclosePercent, isSmall } from './suppression';

describe('small-number suppression', () => {
  it('withholds 1 to 4 with the default threshold but shows 0 and 5', () => {
    expect([0, 1, 4, 5].map((n) => isSmall(n, 5))).toEqual([false, true, true, false]);
  });
  it('follows a configured threshold', () => {
    expect(isSmall(9, 10)).toBe(true);
    expect(isSmall(2, 1)).toBe(false);
  });
  it('withholds a percentage that would reveal a small count', () => {
    expect(disclosePercent(3, 90, 5)).toEqual({ shown: false });
    expect(disclosePercent(2, 4, 5)).toEqual({ shown: false });
    expect(disclosePercent(0, 0, 5)).toEqual({ shown: false });
    expect(disclosePercent(45, 90, 5)).toEqual({ shown: true, value: 50 });
  });
  it('says "fewer than" in words and c in downloads', () => {
    expect(countText(disclose(3, 5), 5)).toBe('fewer than 5');
    expect(countText(disclose(1234, 5), 5, (n) => n.toLocaleString('en-GB'))).toBe('1,234');
    expect(countCell(disclose(3, 5))).toBe('c');
    expect(countCell({ shown: true, value: 63.736 }, 1)).toBe(63.7);
  });
});
