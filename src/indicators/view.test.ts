import { TURNING_POINTS as T, ukTime } from '../core/__fixtures__/uk-time';
import { describe, expect, it } from 'vitest';
import { ehcpView } from '../ehcp/view';
import { indicator, value } from './__fixtures__/indicators';
import { ehcpCard, dashboardCards, cardOf, areaMeasures } from './dashboard';
import { indicatorView, nextUpdateDue, periodRange, type ViewContext } from './view';
import { periodFromKey } from './period';

const TODAY = new Date('2026-11-22T12:00:00Z');
const ctx: ViewContext = {
  threshold: 5,
  areaName: 'Northbrook',
  brandColour: '#1d4f91',
  today: TODAY,
  publishDay: 20,
  areas: [{ area_id: 'A1', title: 'EHCP timeliness' }, { area_id: 'A4', title: 'Co-production' }],
};
const pct = indicator({ target: 90, target_by: '2027-03', plan_areas: ['A4', 'A1'] });
const rows = [
  value('2026-08', { numerator: 3, denominator: 60 }),
  value('2026-09', { numerator: 55, denominator: 100, note: 'A new team started.' }),
  value('2026-10', { numerator: 81, denominator: 130 }),
];

describe('indicatorView', () => {
  const view = indicatorView(pct, rows, ctx);

  it('works out the title, subtitle and summary once', () => {
    expect(view.title).toBe('62% in October 2026, below the target of 90%');
    expect(view.subtitle).toBe('Per cent, by month, Northbrook, August 2026 to October 2026');
    expect(view.summary).toBe(
      'The latest figure, for October 2026, is 62% (81 out of 130). Up from 55% in September 2026, which is better. The target is 90% by March 2027, and the latest figure is below it.',
    );
    expect(view.target).toMatchObject({ status: 'not-met', label: 'Target not met', text: '90% by March 2027' });
    expect(view.big).toEqual({ number: '62%', unit: undefined });
  });

  it('keeps footnotes as data with ids, and links each noted period in the table to its number', () => {
    expect(view.footnotes.map((f) => f.id)).toEqual(['suppression', 'derived', 'target', 'schedule', 'note-2026-09']);
    expect(view.footnotes[4]!.text).toBe('September 2026: A new team started.');
    const september = view.table.rows.find((r) => r.period === 'September 2026')!;
    expect(september.note).toEqual({ number: 5, href: '#indicator-note-5' });
    expect(view.table.rows[0]!.period).toBe('October 2026');
    expect(view.table.rows.at(-1)!.cells).toEqual(['fewer than 5', '60', 'not shown', '']);
    expect(view.table.headings).toEqual(['Number', 'Out of', 'Per cent', 'Change on month before']);
  });

  it('names and links the plan areas it measures, in the order given', () => {
    expect(view.planAreas).toEqual([
      { id: 'A4', title: 'Co-production', href: '/progress/a4/' },
      { id: 'A1', title: 'EHCP timeliness', href: '/progress/a1/' },
    ]);
  });

  it('draws the target as a labelled line on the chart, with withheld months left as gaps', () => {
    expect(view.chart.target).toEqual({ value: 90, label: 'Target: 90% by March 2027' });
    expect(view.chart.series[0]!.values).toEqual([null, 55, 62.3]);
    expect(view.chart.yMax).toBe(100);
    expect(view.chart.labels).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026']);
  });

  it('offers its own CSV and JSON, and says when the next figures are due', () => {
    expect(view.downloads.map((d) => d.href)).toEqual(['/open-data/indicators/six-weeks.csv', '/open-data/indicators/six-weeks.json']);
    expect(view.nextUpdate).toEqual({ date: '2026-12-20', period: 'November 2026', late: false });
  });

  it('has an empty slot for comparisons with England, filled only when given', () => {
    expect(view.comparators).toEqual([]);
    const england = { label: 'England', period: '2024', value: '46%', source: 'DfE' };
    expect(indicatorView(pct, rows, ctx, [england]).comparators).toEqual([england]);
  });

  it('says plainly when an indicator has no figures yet', () => {
    const empty = indicatorView(indicator({ id: 'new-one' }), rows, ctx);
    expect(empty.title).toBe('No figures have been published yet');
    expect(empty.big.number).toBe('no figures yet');
    expect(empty.nextUpdate).toBeUndefined();
    expect(empty.trend.sparkline).toBeUndefined();
  });
});

describe('nextUpdateDue', () => {
  it('is late only from the day after the due date in England, across a year end, 29 February and summer time', () => {
    // The figures for a period are due by the publishing day of the month after the next period ends.
    expect(nextUpdateDue(periodFromKey('2027-11')!, 1, T.lastMinuteOfYear)).toMatchObject({ date: '2028-01-01', late: false });
    expect(nextUpdateDue(periodFromKey('2027-11')!, 1, T.firstMinuteOfYear)).toMatchObject({ date: '2028-01-01', late: false });
    expect(nextUpdateDue(periodFromKey('2027-11')!, 1, ukTime('2028-01-02 00:00'))).toMatchObject({ late: true });
    expect(nextUpdateDue(periodFromKey('2027-12')!, 28, ukTime('2028-02-28 23:59'))).toMatchObject({ date: '2028-02-28', late: false });
    expect(nextUpdateDue(periodFromKey('2027-12')!, 28, T.leapDay)).toMatchObject({ late: true });
    expect(nextUpdateDue(periodFromKey('2027-Q3')!, 28, ukTime('2028-01-28 12:00'))).toMatchObject({ date: '2028-01-28', late: false });
    // 00:30 on 29 June in summer time is still 28 June in UTC.
    expect(nextUpdateDue(periodFromKey('2027-04')!, 28, ukTime('2027-06-28 23:59'))).toMatchObject({ date: '2027-06-28', late: false });
    expect(nextUpdateDue(periodFromKey('2027-04')!, 28, ukTime('2027-06-29 00:30'))).toMatchObject({ late: true });
  });

  it('is the publishing day of the month after the next period ends, and late once passed', () => {
    expect(nextUpdateDue(periodFromKey('2026-10')!, 20, TODAY)).toMatchObject({ date: '2026-12-20', late: false });
    expect(nextUpdateDue(periodFromKey('2026-Q3')!, 20, TODAY)).toMatchObject({ date: '2027-01-20', late: false });
    expect(nextUpdateDue(periodFromKey('2025')!, 20, TODAY)).toMatchObject({ date: '2027-01-20', late: false });
    expect(nextUpdateDue(periodFromKey('2026-08')!, 20, TODAY)).toMatchObject({ date: '2026-10-20', late: true });
  });

  it('periodRange reads naturally for each kind', () => {
    expect(periodRange(periodFromKey('2024-Q4')!, periodFromKey('2026-Q3')!)).toBe('October 2024 to September 2026');
    expect(periodRange(periodFromKey('2022')!, periodFromKey('2026')!)).toBe('2022 to 2026');
  });
});

describe('dashboard cards', () => {
  it('puts the EHCP flagship first, made from the EHCP file’s own figures', () => {
    const ehcp = ehcpView(
      {
        months: [
          { month: '2026-09', plans_issued_den: 100, plans_issued_within_20_weeks: 55 },
          { month: '2026-10', plans_issued_den: 103, plans_issued_within_20_weeks: 66 },
        ],
        national: [],
        files: { timeliness: 'data/ehcp-timeliness.csv', national: 'data/ehcp-national.csv' },
      },
      { threshold: 5, publishDay: 20 },
    );
    const card = ehcpCard(ehcp, ctx);
    expect(card).toMatchObject({ id: 'ehcp-timeliness', href: '/data/ehcp-timeliness/', big: { number: '64%' } });
    expect(card.latestSentence).toBe('The latest figure, for October 2026, is 64% (66 out of 103).');
    expect(card.change).toBe('Up from 55% in September 2026, which is better.');
    expect(card.target.label).toBe('No target set');
    expect(card.target.sentence).toContain('The law says every new plan should be issued within 20 weeks.');
    const cards = dashboardCards(card, [indicatorView(pct, rows, ctx)]);
    expect(cards.map((c) => c.id)).toEqual(['ehcp-timeliness', 'six-weeks']);
  });

  it('before the first month, the EHCP card says when the first figures are due, as its page does', () => {
    const none = ehcpView({ months: [], national: [], files: { timeliness: 'data/ehcp-timeliness.csv', national: 'data/ehcp-national.csv' } }, { threshold: 5, publishDay: 20, today: new Date('2026-12-06T12:00:00Z') });
    const card = ehcpCard(none, ctx);
    expect(card.latestSentence).toBe('No figures yet: the first are due by 20 December 2026.');
    expect(card.latestSentence).toBe(none.summary);
  });

  it('lists the indicators that measure a plan area', () => {
    const views = [indicatorView(pct, rows, ctx), indicatorView(indicator({ id: 'other', plan_areas: ['A1'] }), rows, ctx)];
    expect(areaMeasures(views, 'A4').map((c) => c.id)).toEqual(['six-weeks']);
    expect(areaMeasures(views, 'A1').map((c) => c.id)).toEqual(['six-weeks', 'other']);
    expect(areaMeasures(views, 'A5')).toEqual([]);
    expect(cardOf(views[0]!).trend.sentence).toBe('From 55% in September 2026 to 62% in October 2026.');
  });
});
