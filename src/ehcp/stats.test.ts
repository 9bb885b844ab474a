import { describe, expect, it } from 'vitest';
import type { EhcpMonth } from './read';
import { deriveMonthlyStats, describeChange, headline, nationalFor, summarySentence } from './stats';
import type { Month } from '../core/fields';
import { addMonths } from '../core/format';

const m = (month: string, den: number, within: number, extra: Partial<EhcpMonth> = {}): EhcpMonth => ({
  month: month as Month,
  plans_issued_den: den,
  plans_issued_within_20_weeks: within,
  ...extra,
});
const national = [
  { time_period: 2023, pc_plans_issued_within_20_weeks: 49.1, pc_plans_issued_20_weeks_ex: 50.3 },
  { time_period: 2024, pc_plans_issued_within_20_weeks: 45.9, pc_plans_issued_20_weeks_ex: 46.4 },
];

describe('deriveMonthlyStats', () => {
  it('computes percentages and the change on last month in points', () => {
    const [sep, oct] = deriveMonthlyStats([m('2026-09', 100, 52), m('2026-10', 91, 58)], 5);
    expect(sep!.percent).toEqual({ shown: true, value: 52 });
    expect(oct!.percent.shown && oct!.percent.value).toBeCloseTo(63.736, 3);
    expect(oct!.changeOnLastMonth).toBe(11.7);
    expect(sep!.changeOnLastMonth).toBeUndefined();
  });

  it('does not compare with a month that is missing', () => {
    const [, nov] = deriveMonthlyStats([m('2026-09', 100, 52), m('2026-11', 100, 60)], 5);
    expect(nov!.changeOnLastMonth).toBeUndefined();
  });

  it('withholds small counts and the percentages made from them', () => {
    const [s] = deriveMonthlyStats([m('2026-10', 62, 3, { plans_issued_den_ex: 4, plans_issued_20_weeks_ex: 0 })], 5);
    expect(s!.issued).toEqual({ shown: true, value: 62 });
    expect(s!.within).toEqual({ shown: false });
    expect(s!.percent).toEqual({ shown: false });
    expect(s!.issuedEx).toEqual({ shown: false });
    expect(s!.withinEx).toEqual({ shown: true, value: 0 });
    expect(s!.percentEx).toEqual({ shown: false });
  });

  it('gives a rolling 12-month rate only once 12 consecutive months exist', () => {
    const months = Array.from({ length: 13 }, (_, i) => m(addMonths('2025-10', i), 10, i < 12 ? 5 : 10));
    const stats = deriveMonthlyStats(months, 5);
    expect(stats[10]!.rolling12).toBeUndefined();
    expect(stats[11]!.rolling12).toEqual({ shown: true, value: 50 });
    // Oct 2025 (5 of 10) drops out, Oct 2026 (10 of 10) comes in: 65 of 120.
    expect(stats[12]!.rolling12!.shown && stats[12]!.rolling12!.value).toBeCloseTo((65 / 120) * 100, 6);
  });
});

describe('wording', () => {
  it('writes the summary sentence with the change and England', () => {
    const stats = deriveMonthlyStats([m('2026-09', 100, 52), m('2026-10', 91, 58)], 5);
    expect(summarySentence(stats, national, 5)).toBe(
      'In October 2026, 58 of 91 new plans (64%) were issued within 20 weeks, up from 52% in September. In England in 2024 it was 46%.',
    );
  });

  it('names the year of the previous month when it differs', () => {
    const stats = deriveMonthlyStats([m('2025-12', 100, 70), m('2026-01', 100, 60)], 5);
    expect(summarySentence(stats, [], 5)).toBe('In January 2026, 60 of 100 new plans (60%) were issued within 20 weeks, down from 70% in December 2025.');
  });

  it('says why there is no percentage when counts are small', () => {
    const stats = deriveMonthlyStats([m('2026-10', 4, 2)], 5);
    expect(summarySentence(stats, national, 5)).toBe(
      'In October 2026, fewer than 5 new plans were issued. The number is too small to show the percentage without risking identifying children. In England in 2024 it was 46%.',
    );
  });

  it('says "the same as" when rounding makes two months equal', () => {
    expect(describeChange(64.2, 63.8, 'September')).toBe('the same as in September');
    expect(describeChange(40, 52, 'September')).toBe('down from 52% in September');
  });

  it('leads the headline with the 12-month figure and its trend', () => {
    const months = Array.from({ length: 24 }, (_, i) => m(addMonths('2024-11', i), 10, i < 12 ? 4 + (i % 2) * 2 : 6));
    // first 12 months: 6 × 4 + 6 × 6 = 60 of 120 (50%); last 12: 72 of 120 (60%)
    expect(headline(deriveMonthlyStats(months, 1), national)).toBe(
      '60% of new plans in the last 12 months were issued within 20 weeks, up from 50% a year before (England: 46%)',
    );
  });

  it('falls back to the month when there are fewer than 12 months', () => {
    expect(headline(deriveMonthlyStats([m('2026-10', 91, 58)], 5), [])).toBe('64% of new plans were issued within 20 weeks in October 2026');
    expect(headline([], [])).toBe('No figures have been published yet');
  });

  it('uses the latest England year at or before the month', () => {
    expect(nationalFor(national, '2026-10')?.time_period).toBe(2024);
    expect(nationalFor(national, '2023-05')?.time_period).toBe(2023);
    expect(nationalFor(national, '2022-05')).toBeUndefined();
  });
});
