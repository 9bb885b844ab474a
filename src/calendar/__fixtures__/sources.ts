/** A small area's datasets for the calendar's tests: what `calendarSources` is built from. */
import { periodFromKey } from '../../indicators/period';
import type { CalendarInput } from '../sources';

const period = (key: string) => periodFromKey(key)!;

export function calendarInput(overrides: Partial<CalendarInput> = {}): CalendarInput {
  return {
    publishDay: 20,
    dataFolder: 'data',
    ehcp: { months: [{ month: '2026-09' }, { month: '2026-10' }], file: 'data/ehcp-timeliness.csv' },
    indicators: {
      indicators: [
        { id: 'monthly-one', title: 'A monthly measure', frequency: 'monthly' },
        { id: 'quarterly-one', title: 'A quarterly measure', frequency: 'quarterly' },
        { id: 'yearly-one', title: 'A yearly measure', frequency: 'annual' },
        { id: 'not-yet', title: 'Not published yet', frequency: 'monthly' },
      ],
      values: [
        { indicator_id: 'monthly-one', period: period('2026-10') },
        { indicator_id: 'monthly-one', period: period('2026-09') },
        { indicator_id: 'quarterly-one', period: period('2026-Q3') },
        { indicator_id: 'yearly-one', period: period('2025') },
      ],
      file: 'data/indicators/values.csv',
    },
    plan: {
      plan: {
        areas: [],
        reviews: [
          { date: '2026-03-13', file: 'a.csv', actions: [] },
          { date: '2026-07-10', file: 'b.csv', actions: [] },
        ],
      },
      reviewsFolder: 'data/improvement-plan/reviews',
    },
    compare: { reportingYear: 2026, file: 'data/compare/release.csv' },
    directory: { file: 'data/services.csv' },
    comments: { comments: [{ date: '2026-10-20' }, { date: '2026-07-08' }], folder: 'content/updates' },
    today: new Date('2026-11-22T12:00:00Z'),
    ...overrides,
  };
}
