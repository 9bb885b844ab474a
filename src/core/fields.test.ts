import { describe, expect, it } from 'vitest';
import { count, month, oneOf, optionalCount, optionalPercentage, parseDate, parseMonth } from './fields';

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('months as Excel re-saves them', () => {
  it.each([
    ['2026-10', '2026-10'],
    ['2026-10-01', '2026-10'],
    ['Oct-26', '2026-10'],
    ['oct 2026', '2026-10'],
    ['October 2026', '2026-10'],
    ['Sept 2026', '2026-09'],
    ['01/10/2026', '2026-10'],
    ['1/10/26', '2026-10'],
    ['10/2026', '2026-10'],
    ['2026-10-01T00:00:00', '2026-10'],
  ])('reads %s as %s', (raw, expected) => {
    expect(parseMonth(raw)).toEqual({ ok: true, month: expected });
  });

  it.each([
    ['2026-13', 'there is no month 13'],
    ['13/2026', 'there is no month 13'],
    ['31/02/2026', '"31/02/2026" is not a real date (dates are read day first, as in the UK)'],
    ['Octember 2026', '"Octember" is not the name of a month'],
    ['last month', 'it is not in a form we recognise'],
    ['1926-10', 'the year 1926 looks wrong'],
  ])('rejects %s: %s', (raw, reason) => {
    expect(parseMonth(raw)).toEqual({ ok: false, reason });
  });

  it('gives the whole expectation in the zod message', () => {
    expect(message(month.safeParse('2026-13'))).toBe('a month such as 2026-10 (Oct-26, 01/10/2026 and October 2026 also work), but there is no month 13');
  });
});

describe('dates', () => {
  it('reads ISO and UK dates', () => {
    expect(parseDate('2026-02-28')).toEqual({ ok: true, date: '2026-02-28' });
    expect(parseDate('29/02/2028')).toEqual({ ok: true, date: '2028-02-29' });
  });
  it('rejects impossible dates', () => {
    expect(parseDate('29/02/2026')).toEqual({ ok: false, reason: '"29/02/2026" is not a real date' });
    expect(parseDate('soon').ok).toBe(false);
  });
});

describe('counts', () => {
  it('reads thousands separators', () => {
    expect(count.parse('1,234')).toBe(1234);
    expect(count.parse(' 42 ')).toBe(42);
  });
  it.each([['-3', 'a whole number, 0 or more (it cannot be negative)'], ['2.5', 'a whole number, 0 or more, such as 42 (1,234 is fine too)'], ['', 'a whole number, 0 or more, such as 42 (1,234 is fine too)'], ['twelve', 'a whole number, 0 or more, such as 42 (1,234 is fine too)'], ['1,23', 'a whole number, 0 or more, such as 42 (1,234 is fine too)']])(
    'rejects %j',
    (raw, expected) => {
      expect(message(count.safeParse(raw))).toBe(expected);
    },
  );
  it('treats blank as not given only when optional', () => {
    expect(optionalCount.parse('')).toBeUndefined();
    expect(message(optionalCount.safeParse('-1'))).toBe('a whole number, 0 or more (it cannot be negative), or blank');
  });
});

describe('percentages and lists', () => {
  it('reads DfE symbols as not given', () => {
    expect(optionalPercentage.parse('x')).toBeUndefined();
    expect(optionalPercentage.parse('46.4')).toBe(46.4);
    expect(message(optionalPercentage.safeParse('146'))).toBe('a percentage from 0 to 100, such as 46.4, or blank');
  });
  it('forgives case and spacing in fixed words, and lists the allowed ones', () => {
    const status = oneOf(['achieved', 'on track'] as const);
    expect(status.parse('On  Track')).toBe('on track');
    expect(status.parse('on-track')).toBe('on track');
    expect(message(status.safeParse('done'))).toBe('one of: achieved, on track');
  });
});
