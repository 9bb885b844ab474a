import { describe, expect, it } from 'vitest';
import { dueDate } from './schedule';

describe('dueDate', () => {
  it('is the publishing day of the month after the period ends, across a year end', () => {
    expect(dueDate('2026-10', 20)).toBe('2026-11-20');
    expect(dueDate('2026-11', 5)).toBe('2026-12-05');
    expect(dueDate('2026-12', 1)).toBe('2027-01-01');
    expect(dueDate('2028-01', 28)).toBe('2028-02-28');
  });
});
