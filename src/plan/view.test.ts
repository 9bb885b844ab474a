import { slugify } from '../core/slug';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, type ActionStatus, type Due, type ImprovementPlan, type PlanAction } from './schema';
import { readImprovementPlan } from './read';
import { type SourceFile } from '../core/csv';
import { compareReviews } from './changes';
import {
  actionAnchor,
  areaPath,
  areaView,
  changesSentence,
  countWithShare,
  groupByStatus,
  appWords,
  areaPage,
  overdueInfo,
  pastDueSentence,
  progressPage,
  progressView,
  STATUSES_TO_DO_FIRST,
  statusAnchor,
  statusLabel,
} from './view';
import { countStatuses } from './stats';

const TODAY = new Date('2026-11-22T12:00:00Z');

function act(action_id: string, status: ActionStatus, due: Due = '2026-01', area_id = 'A1'): PlanAction {
  return { action_id, area_id, action: `Action ${action_id}`, lead: 'Head of SEND Services', due, status };
}

const ROOT = new URL('../../', import.meta.url);
function load(path: string): SourceFile {
  return { path, bytes: readFileSync(new URL(path, ROOT)) };
}
function sample(): ImprovementPlan {
  const dir = 'tests/sample/data/improvement-plan/reviews';
  const files = readdirSync(new URL(dir, ROOT)).filter((n) => n.endsWith('.csv')).map((n) => load(`${dir}/${n}`));
  return readImprovementPlan(load('tests/sample/data/improvement-plan/areas.csv'), files, TODAY).value;
}

describe('slugs and anchors', () => {
  it('are lowercase, with anything but letters and numbers as one hyphen', () => {
    expect(slugify('APP-2.1')).toBe('app-2-1');
    expect(slugify(' A1 ')).toBe('a1');
    expect(areaPath('A2')).toBe('/progress/a2/');
    expect(actionAnchor('1.10')).toBe('action-1-10');
    expect(statusAnchor('not started')).toBe('status-not-started');
    expect(statusLabel('on track')).toBe('On track');
  });
});

describe('groupByStatus', () => {
  it('groups in the order of ACTION_STATUSES, keeps file order inside a group and leaves out empty groups', () => {
    const groups = groupByStatus([act('1', 'delayed'), act('2', 'achieved'), act('3', 'delayed'), act('4', 'not started')], (a) => a.status);
    expect(groups.map((g) => [g.label, g.anchor, g.items.map((a) => a.action_id)])).toEqual([
      ['Achieved', 'status-achieved', ['2']],
      ['Delayed', 'status-delayed', ['1', '3']],
      ['Not started', 'status-not-started', ['4']],
    ]);
  });

  it('can put what still needs doing first', () => {
    const groups = groupByStatus([act('1', 'achieved'), act('2', 'on track'), act('3', 'delayed')], (a) => a.status, STATUSES_TO_DO_FIRST);
    expect(groups.map((g) => g.status)).toEqual(['delayed', 'on track', 'achieved']);
    expect([...STATUSES_TO_DO_FIRST].sort()).toEqual([...ACTION_STATUSES].sort());
  });

  it('gives no groups for no actions', () => {
    expect(groupByStatus([], (a: PlanAction) => a.status)).toEqual([]);
  });
});

describe('overdueInfo', () => {
  it('is undefined for achieved actions, however late', () => {
    expect(overdueInfo(act('1', 'achieved', '2020-01'), TODAY)).toBeUndefined();
  });

  it('counts a month due date to the end of the month', () => {
    expect(overdueInfo(act('1', 'on track', '2026-11'), TODAY)).toBeUndefined();
    expect(overdueInfo(act('1', 'on track', '2026-10'), TODAY)).toEqual({ deadline: '2026-10-31', by: '3 weeks' });
  });

  it('is undefined on the due day itself, and says how long after it', () => {
    expect(overdueInfo(act('1', 'delayed', '2026-11-22'), TODAY)).toBeUndefined();
    expect(overdueInfo(act('1', 'delayed', '2026-11-21'), TODAY)?.by).toBe('1 day');
    expect(overdueInfo(act('1', 'delayed', '2025-01'), TODAY)?.by).toBe('1 year and 9 months');
  });
});

describe('changesSentence', () => {
  const before = { date: '2026-03-13', file: 'a.csv', actions: [act('1', 'on track'), act('2', 'on track'), act('3', 'on track')] };

  it('says plainly when nothing changed', () => {
    expect(changesSentence(compareReviews(before, { ...before, date: '2026-07-10' }), before.date)).toBe(
      'Since the review on 13 March 2026, no action has changed status or due date.',
    );
    expect(changesSentence([], before.date, 'in this area')).toBe('Since the review on 13 March 2026, no action in this area has changed status or due date.');
  });

  it('lists the kinds of change with numbers that agree', () => {
    const after = { date: '2026-07-10', file: 'b.csv', actions: [act('1', 'achieved'), act('2', 'achieved'), act('3', 'delayed', '2026-06'), act('4', 'not started')] };
    expect(changesSentence(compareReviews(before, after), before.date)).toBe(
      'Since the review on 13 March 2026, 2 actions were newly achieved, 1 action was newly delayed, 1 due date moved and 1 action was added.',
    );
  });
});

describe('countWithShare', () => {
  it('gives the count and its whole per cent, and a bare 0', () => {
    const c = countStatuses([act('1', 'achieved'), act('2', 'achieved'), act('3', 'delayed')]);
    expect(countWithShare(c, 'achieved')).toBe('2 (67%)');
    expect(countWithShare(c, 'delayed')).toBe('1 (33%)');
    expect(countWithShare(c, 'on track')).toBe('0');
  });
});

describe('progressView over the Northbrook sample', () => {
  const view = progressView(sample(), TODAY)!;

  it('has the headline, the plans in use and one row per area', () => {
    expect(view.headline).toBe('52 of 56 actions are achieved. 1 is delayed.');
    expect(view.plans).toEqual(['WSoA 2023', 'APP 2025']);
    expect(view.areas.map((a) => [a.href, a.counts.total, a.overdue])).toEqual([
      ['/progress/a1/', 11, 0],
      ['/progress/a2/', 13, 2],
      ['/progress/a3/', 10, 0],
      ['/progress/a4/', 12, 1],
      ['/progress/a5/', 10, 0],
    ]);
  });

  it('lists overdue actions, most overdue first, linking to the action on its area page', () => {
    expect(view.overdue.map((o) => [o.action.action_id, o.overdue.by, o.href])).toEqual([
      ['2.9', '1 year and 10 months', '/progress/a2/#action-2-9'],
      ['APP-2.3', '7 months', '/progress/a2/#action-app-2-3'],
      ['APP-4.3', '7 weeks', '/progress/a4/#action-app-4-3'],
    ]);
  });

  it('has revisit outcomes for every area, changes since the last review, and the history', () => {
    expect(view.revisits).toHaveLength(5);
    expect(view.revisits[1]?.sentence).toContain('not sufficient');
    expect(view.changes?.previousDate).toBe('2026-03-13');
    expect(view.changes?.changes.some((c) => c.type === 'due date moved' && c.href === '/progress/a4/#action-app-4-2')).toBe(true);
    expect(view.history).toHaveLength(5);
    expect(view.nextReview?.month).toBe('2026-11');
  });

  it('is undefined with no reviews', () => {
    expect(progressView({ areas: [], reviews: [] }, TODAY)).toBeUndefined();
  });
});

describe('areaView over the Northbrook sample', () => {
  const plan = sample();

  it('has every action of the area, grouped by status, and the overdue ones oldest first', () => {
    const view = areaView(plan, 'A2', TODAY)!;
    expect(view.slug).toBe('a2');
    expect(view.actions).toHaveLength(13);
    expect(view.groups.reduce((n, g) => n + g.items.length, 0)).toBe(13);
    expect(view.groups.map((g) => [g.status, g.items.length])).toEqual([['delayed', 1], ['partly achieved', 1], ['achieved', 11]]);
    expect(view.groups[0]?.items.map((a) => a.action.action_id)).toEqual(['APP-2.3']);
    expect(view.overdue.map((a) => `${a.action.action_id}: ${a.overdue?.by}`)).toEqual(['2.9: 1 year and 10 months', 'APP-2.3: 7 months']);
    expect(view.actions.find((a) => a.action.action_id === '2.9')?.dueText).toBe('December 2024');
  });

  it('only has changes for its own actions, attached to each action too', () => {
    const view = areaView(plan, 'A4', TODAY)!;
    expect(view.changes?.changes.every((c) => c.areaId === 'A4')).toBe(true);
    expect(view.changes?.sentence).toMatch(/^Since the review on 13 March 2026, in this area, /);
    expect(view.changes?.changes.find((c) => c.actionId === 'APP-4.2')?.anchor).toBe('action-app-4-2');
    const moved = view.actions.find((a) => a.action.action_id === 'APP-4.2');
    expect(moved?.changes.join(' ')).toMatch(/^Action APP-4.2 is now due later/);
  });

  it('is undefined for an area that is not in the plan', () => {
    expect(areaView(plan, 'A9', TODAY)).toBeUndefined();
  });
});

describe('the words that turn on a count', () => {
  it('say how many actions are past their due date, one and more than one', () => {
    expect(pastDueSentence(1)).toBe('1 action is past its due date');
    expect(pastDueSentence(3)).toBe('3 actions are past their due date');
  });

  it('say how many areas a revisit found had not improved enough, and what they now have', () => {
    expect(appWords(1)).toEqual({ found: '1 area had', those: 'That area now has' });
    expect(appWords(2)).toEqual({ found: '2 areas had', those: 'Those areas now have' });
  });
});

describe('the /progress/ page and an area page', () => {
  const site = { areaName: 'Testshire', council: 'Testshire Council', brandColour: '#123456', updated: '2026-11-20' };
  const plan = { ...sample(), files: { folder: 'plan', areas: 'plan/areas.csv', reviews: 'plan/reviews/' } };
  const page = progressPage(plan, TODAY, site);

  it('give the dates panel the latest review, the last change and the estimated next review', () => {
    expect(page.dates.map((r) => r.term)).toEqual(['Latest review', 'Last updated', 'Next review']);
    expect(page.dates[0]!.date).toBe(page.latest.date);
    expect(page.dates[1]!.date).toBe(site.updated);
    expect(page.dates[2]).toMatchObject({ link: { href: '#next-review' }, text: '(an estimate)' });
  });

  it('say how many actions are past their due date, overall and in each area that has any', () => {
    expect(page.pastDue).toBe(pastDueSentence(page.overdue.length));
    for (const row of page.areas) expect(row.pastDue).toBe(row.overdue > 0 ? pastDueSentence(row.overdue) : undefined);
    expect(page.areaCount).toBe(plan.areas.length);
  });

  it('link the chart figures, every action now and every action at every review, each as CSV and JSON', () => {
    expect(page.figureProps.downloads.map((d) => d.href)).toEqual([
      '/open-data/improvement-plan-counts.csv', '/open-data/improvement-plan-counts.json',
      '/open-data/improvement-plan-current.csv', '/open-data/improvement-plan-current.json',
      '/open-data/improvement-plan-history.csv', '/open-data/improvement-plan-history.json',
    ]);
    expect(page.figureProps.source.label).toBe(page.figure.source);
    expect(page.figure.source).toContain(plan.files.reviews);
  });

  it('give an area page its last change and its own count past due', () => {
    const area = plan.areas[0]!.area_id;
    const view = areaPage(plan, area, TODAY, site.updated)!;
    expect(view.updated).toBe(site.updated);
    expect(view.pastDue).toBe(pastDueSentence(view.overdue.length));
    expect(areaPage(plan, 'no-such-area', TODAY, site.updated)).toBeUndefined();
  });
});
