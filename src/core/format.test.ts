import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPercent, listInWords, localeFormat, ordinal } from './format';

describe('English formatting (unchanged)', () => {
  it('writes dates, months, numbers and percentages as English pages always have', () => {
    expect(formatDate('2026-10-31')).toBe('31 October 2026');
    // Asked again (from the cache), with a time, and as a Date: the same day.
    expect(formatDate('2026-10-31')).toBe('31 October 2026');
    expect(formatDate('2026-10-31T23:59:00Z')).toBe('31 October 2026');
    expect(formatDate(new Date(Date.UTC(2026, 9, 31)))).toBe('31 October 2026');
    expect(formatDate('2026-11-01')).toBe('1 November 2026');
    expect(formatMonth('2026-10')).toBe('October 2026');
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatPercent(63.7)).toBe('64%');
  });
});

describe('localeFormat', () => {
  it('formats in each language with Western digits, Urdu and Arabic included', () => {
    expect(localeFormat('pl').date('2026-10-31')).toBe('31 października 2026');
    expect(localeFormat('ur').date('2026-10-31')).toBe('31 اکتوبر، 2026');
    expect(localeFormat('ar').date('2026-10-31')).toBe('31 أكتوبر 2026');
    expect(localeFormat('so').month('2026-10')).toMatch(/Oktoobar.*2026/);
    expect(localeFormat('ar').number(1234)).toBe('1,234');
    expect(localeFormat('pl').number(12345)).toBe('12 345'.replace(' ', '\u00a0'));
    for (const lang of ['ur', 'ar']) expect(localeFormat(lang).date('2026-01-05')).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it('keeps a date on its own day in London, in summer time and in winter', () => {
    expect(localeFormat('en-GB').date('2026-06-30')).toBe('30 June 2026');
    expect(localeFormat('en-GB').date('2026-12-31')).toBe('31 December 2026');
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(localeFormat('en-GB').date(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
  });

  it('writes whole percentages', () => {
    expect(localeFormat('pl').percent(63.7)).toMatch(/^64\s?%$/);
  });
});

describe('ordinal', () => {
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [28, '28th'], [55, '55th'], [102, '102nd'], [111, '111th'], [112, '112th'], [153, '153rd']])('%i is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('listInWords', () => {
  it('lists in words as British English writes it, with no comma before "and"', () => {
    expect([listInWords([]), listInWords(['a']), listInWords(['a', 'b']), listInWords(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
