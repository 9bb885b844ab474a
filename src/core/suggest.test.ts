import { describe, expect, it } from 'vitest';
import { closestMatch } from './suggest';

describe('"did you mean"', () => {
  it('suggests the same name spelt right', () => {
    expect(closestMatch('ehcp.2026-10.isued', ['ehcp.2026-10.issued', 'ehcp.2026-10.within'])).toBe('ehcp.2026-10.issued');
    expect(closestMatch('Area1', ['area1', 'area2'], { ignoreCase: true })).toBe('area1');
  });

  it('never suggests a name with other numbers in it: another year, month or area is not a typo', () => {
    expect(closestMatch('ehcp.2026-10.issued', ['ehcp.2023-10.issued', 'ehcp.2026-09.issued', 'ehcp.2025-10.issued'])).toBeUndefined();
    expect(closestMatch('A3', ['A1', 'A2', 'A4'], { ignoreCase: true, always: true })).toBeUndefined();
    expect(closestMatch('plans_issued_within_18_weeks', ['plans_issued_within_20_weeks'])).toBeUndefined();
  });

  it('suggests nothing far off unless asked to', () => {
    expect(closestMatch('colour', ['month', 'plans_issued_den'])).toBeUndefined();
    expect(closestMatch('A', ['B1', 'Z'], { always: true })).toBe('Z');
  });
});
