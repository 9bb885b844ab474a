import { describe, expect, it } from 'vitest';
import { addYears, isoDay, isoMonth } from './dates';
import { TURNING_POINTS as T, ukTime } from './__fixtures__/uk-time';
import { formatDate } from './format';

describe('today in England', () => {
  it('is the day a clock in England shows, not the day in UTC', () => {
    // 00:30 on 1 July in summer time is 23:30 on 30 June in UTC.
    expect(T.firstMinuteOfJuly.toISOString().slice(0, 10)).toBe('2027-06-30');
    expect(isoDay(T.firstMinuteOfJuly)).toBe('2027-07-01');
    expect(isoMonth(T.firstMinuteOfJuly)).toBe('2027-07');
    expect(formatDate(T.firstMinuteOfJuly)).toBe('1 July 2027');
    expect(isoDay(T.lastMinuteOfJune)).toBe('2027-06-30');
  });

  it('turns at midnight on each side of the clock changes', () => {
    expect(isoDay(T.springForwardNight)).toBe('2027-03-29');
    expect(isoDay(ukTime('2027-03-28 00:30'))).toBe('2027-03-28');
    expect(isoDay(ukTime('2027-03-28 23:30'))).toBe('2027-03-28');
    expect(isoDay(T.fallBackNight)).toBe('2027-10-31');
    expect(isoDay(ukTime('2027-10-30 23:59'))).toBe('2027-10-30');
    expect(isoDay(T.nightAfterFallBack)).toBe('2027-11-01');
  });

  it('turns at the end of a year, and knows 29 February', () => {
    expect(isoDay(T.lastMinuteOfYear)).toBe('2027-12-31');
    expect(isoDay(T.firstMinuteOfYear)).toBe('2028-01-01');
    expect(isoMonth(T.firstMinuteOfYear)).toBe('2028-01');
    expect(isoDay(T.leapDay)).toBe('2028-02-29');
    expect(isoDay(T.dayAfterLeapDay)).toBe('2028-03-01');
  });

  it('a year on from 29 February is 28 February; from other days, the same day', () => {
    expect(addYears('2028-02-29', -1)).toBe('2027-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2027-12-31', 1)).toBe('2028-12-31');
    expect(addYears('2027-03-01', -1)).toBe('2026-03-01');
  });
});
