import { describe, expect, it } from 'vitest';
import type { FeedSchedule } from './feed-service';
import { clockText, daysText, openingTimes } from './opening-times';
import { byday, readWeekdaySchedule, timeOfDay, weekday } from './schedule-read';

const rule = (r: Record<string, unknown>): FeedSchedule => readWeekdaySchedule(r)[0]!;
const TODAY = '2026-11-22';

describe('reading schedule rules', () => {
  it('reads weekdays written as names, codes and ISO numbers', () => {
    expect(['Monday', 'mon', 'MO', 1, '7', 0, 'Sunday'].map(weekday)).toEqual(['MO', 'MO', 'MO', 'MO', 'SU', 'SU', 'SU']);
    expect([weekday('M'), weekday('Funday'), weekday(8)]).toEqual([undefined, undefined, undefined]);
  });

  it('reads RFC 5545 byday with ordinals, and times with seconds', () => {
    expect(byday('MO,1WE,-1FR, xx')).toEqual([{ day: 'MO' }, { day: 'WE', nth: 1 }, { day: 'FR', nth: -1 }]);
    expect([timeOfDay('10:00:00'), timeOfDay('9:30'), timeOfDay('18:00:00Z'), timeOfDay('noon')]).toEqual(['10:00', '09:30', '18:00', undefined]);
  });
});

describe('opening times in plain English', () => {
  it('writes times as people say them', () => {
    expect(['09:30', '10:00', '12:00', '12:30', '17:00', '00:00'].map(clockText)).toEqual(['9.30am', '10am', '12 noon', '12.30pm', '5pm', 'midnight']);
  });

  it('groups days into runs', () => {
    expect(daysText(['MO', 'TU', 'WE', 'TH', 'FR'])).toBe('Monday to Friday');
    expect(daysText(['FR', 'MO', 'TU', 'WE'])).toBe('Monday to Wednesday and Friday');
    expect(daysText(['MO', 'WE', 'FR'])).toBe('Monday, Wednesday and Friday');
    expect(daysText(['SA', 'SU'])).toBe('Saturday and Sunday');
  });

  it('puts days with the same hours together, in week order', () => {
    const week = ['Monday', 'Tuesday', 'Wednesday', 'Thursday'].map((d) => rule({ weekday: d, opens_at: '09:30', closes_at: '16:00' }));
    const friday = rule({ weekday: 'Friday', opens_at: '09:30', closes_at: '13:00' });
    expect(openingTimes([friday, ...week], TODAY)).toBe('Monday to Thursday 9.30am to 4pm, Friday 9.30am to 1pm');
  });

  it('writes monthly rules and every-other-week rules', () => {
    expect(openingTimes([rule({ freq: 'MONTHLY', byday: '1WE', opens_at: '10:00', closes_at: '12:00' })], TODAY)).toBe('First Wednesday of the month 10am to 12 noon');
    expect(openingTimes([rule({ freq: 'MONTHLY', byday: '1TU,3TU' })], TODAY)).toBe('First and third Tuesday of the month');
    expect(openingTimes([rule({ freq: 'MONTHLY', bymonthday: '1,15', opens_at: '18:00' })], TODAY)).toBe('The 1st and 15th of each month from 6pm');
    expect(openingTimes([rule({ freq: 'WEEKLY', interval: 2, byday: 'SA', closes_at: '15:00' })], TODAY)).toBe('Every 2 weeks on Saturday until 3pm');
  });

  it("adds the feed's own words after the rules, and leaves out rules that have ended", () => {
    const open = rule({ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00', description: 'Closed on bank holidays.' });
    const ended = rule({ byday: 'SA', opens_at: '09:00', closes_at: '12:00', valid_to: '2020-01-01', description: 'Saturday mornings' });
    expect(openingTimes([open, ended], TODAY)).toBe('Monday to Friday 9am to 5pm. Closed on bank holidays.');
    expect(openingTimes([rule({ description: 'By appointment' })], TODAY)).toBe('By appointment');
    expect(openingTimes([], TODAY)).toBeUndefined();
  });
});
