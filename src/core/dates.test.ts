import { describe, expect, it } from 'vitest';
import { addYears, isoDay, isoMonth, parseDate, parseDateParts } from './dates';
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

describe('dates typed by people', () => {
  it('read the same day from the forms a page address and the boxes accept', () => {
    for (const form of ['2026-12-15', '15/12/2026', '15 December 2026', '15 Dec 2026', '15 dec. 2026', '15th December 2026', '15.12.2026', '15-12-2026', '15 12 2026', ' 15/12/2026 ']) {
      expect(parseDate(form), form).toEqual({ ok: true, date: '2026-12-15' });
    }
    expect(parseDate('1 Sept 2026')).toEqual({ ok: true, date: '2026-09-01' });
  });

  it('refuse what is not a date, and a day that does not exist', () => {
    expect(parseDate('soon')).toEqual({ ok: false, reason: 'it is not in a form we recognise' });
    expect(parseDate('15/12/26')).toEqual({ ok: false, reason: 'it is not in a form we recognise' });
    expect(parseDate('29 February 2026')).toEqual({ ok: false, reason: '"29 February 2026" is not a real date' });
    expect(parseDate('29 February 2028')).toEqual({ ok: true, date: '2028-02-29' });
    expect(parseDate('15 Smarch 2026').ok).toBe(false);
  });

  it('in three boxes say which boxes are missing or wrong, as the GOV.UK date input does', () => {
    expect(parseDateParts('15', '12', '2026')).toEqual({ ok: true, date: '2026-12-15' });
    expect(parseDateParts('5', 'jan', '2027')).toEqual({ ok: true, date: '2027-01-05' });
    expect(parseDateParts(' ', '', '')).toEqual({ ok: false, problem: 'empty', parts: ['day', 'month', 'year'] });
    expect(parseDateParts('15', '', '2026')).toEqual({ ok: false, problem: 'missing', parts: ['month'] });
    expect(parseDateParts('', '12', '')).toEqual({ ok: false, problem: 'missing', parts: ['day', 'year'] });
    expect(parseDateParts('32', '12', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['day'] });
    expect(parseDateParts('15', '13', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['month'] });
    expect(parseDateParts('x', 'y', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['day', 'month'] });
    expect(parseDateParts('15', '12', '26')).toEqual({ ok: false, problem: 'year', parts: ['year'] });
    // 29 February only in a leap year.
    expect(parseDateParts('29', '2', '2026')).toEqual({ ok: false, problem: 'not-real', parts: ['day'] });
    expect(parseDateParts('29', '2', '2028')).toEqual({ ok: true, date: '2028-02-29' });
  });

  it('in three boxes read a whole date typed into the day box, as a phone keypad gives it', () => {
    expect(parseDateParts('15122026', '', '')).toEqual({ ok: true, date: '2026-12-15' });
    expect(parseDateParts('15/12/2026', '', '')).toEqual({ ok: true, date: '2026-12-15' });
    expect(parseDateParts('15 December 2026', '', '')).toEqual({ ok: true, date: '2026-12-15' });
    expect(parseDateParts('15', '', '')).toEqual({ ok: false, problem: 'missing', parts: ['month', 'year'] });
  });
});
