/**
 * The improvement plan pages, checked against the committed data files read
 * with the same code the build uses, so the pages cannot drift from the data.
 */
import { readDatasetOnDisk } from '../../src/build/read-on-disk.node.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataDir } from '../../src/core/files.node.ts';
import { actionAnchor, areaPath, overdueInfo, progressView } from '../../src/plan/view';
import { planHeadline, countStatuses } from '../../src/plan/stats';
import { buildDate } from '../../src/core/build-date';
import { launchBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const today = buildDate();
const plan = readDatasetOnDisk('plan', dataDir(), today).value;
const latest = plan.reviews.at(-1)!;
// The area with most overdue actions makes the strongest test.
const overdueCount = (areaId: string) => latest.actions.filter((a) => a.area_id === areaId && overdueInfo(a, today)).length;
const area = [...plan.areas].sort((a, b) => overdueCount(b.area_id) - overdueCount(a.area_id))[0]!;
const areaActions = latest.actions.filter((a) => a.area_id === area.area_id);

let browser: Browser;
let noJs: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  noJs = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, context: BrowserContext = noJs): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(baseUrl + path);
  expect(response?.status()).toBe(200);
  return page;
}

describe('/progress/ without JavaScript', () => {
  it('says where the plan stands in words first', async () => {
    const page = await open('/progress/');
    const headline = planHeadline(countStatuses(latest.actions));
    expect(headline).toMatch(/^\d+ of \d+ actions are achieved\./);
    expect((await page.locator('#plan-headline').textContent())?.trim()).toBe(headline);
    // Plain English for the jargon, on first use.
    const lede = await page.locator('main p.lede').first().textContent();
    expect(lede).toContain('Ofsted (the Office for Standards in Education');
    expect(lede).toContain('the CQC (the Care Quality Commission');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Written Statement of Action (WSoA). It is the plan');
    expect(main).toContain('Accelerated Progress Plan (APP): a shorter, stricter plan');
    expect(main).toMatch(/The next review is expected around \w+ \d{4}\. This is an estimate/);
    await page.close();
  });

  it('has the table of areas, each linking to its page, with counts that match the data', async () => {
    const page = await open('/progress/');
    const rows = page.locator('#plan-areas tbody tr');
    expect(await rows.count()).toBe(plan.areas.length);
    for (const [i, a] of plan.areas.entries()) {
      const row = rows.nth(i);
      const link = row.locator('th a');
      expect(await link.textContent()).toBe(a.title);
      expect(await link.getAttribute('href')).toBe(areaPath(a.area_id));
      const total = latest.actions.filter((x) => x.area_id === a.area_id).length;
      expect(await row.locator('td').nth(6).textContent()).toBe(String(total));
    }
    expect(await page.locator('#plan-areas thead th').allTextContents()).toEqual([
      'Area of weakness', 'Plan', 'Achieved', 'On track', 'Partly achieved', 'Delayed', 'Not started', 'All actions', 'Past due date',
    ]);
    // The chart's figures are in a real table; the empty chart box stays hidden.
    expect(await page.locator('#plan-history tbody tr').count()).toBe(plan.reviews.length);
    expect(await page.locator('.chart-box').isVisible()).toBe(false);
    await page.close();
  });

  it('lists overdue actions, saying by how long, and links to each on its area page', async () => {
    const page = await open('/progress/');
    const view = progressView(plan, today)!;
    expect(view.overdue.length).toBeGreaterThan(0);
    const items = page.locator('#overdue-list > li');
    expect(await items.count()).toBe(view.overdue.length);
    for (const [i, o] of view.overdue.entries()) {
      expect(await items.nth(i).locator('[data-overdue]').textContent()).toContain(`Overdue: ${o.overdue.by}`);
      expect(await items.nth(i).locator('a').getAttribute('href')).toBe(o.href);
    }
    await page.close();
  });
});

describe(`an area page (${area.area_id}) without JavaScript`, () => {
  const path = areaPath(area.area_id);

  it('says what the inspectors found and lists every action of the area', async () => {
    const page = await open(path);
    expect(await page.locator('h1').textContent()).toBe(area.title);
    expect(await page.locator('main').textContent()).toContain(area.finding);
    const articles = page.locator('main article[id^="action-"]');
    expect(await articles.count()).toBe(areaActions.length);
    for (const a of areaActions) {
      const article = page.locator(`#${actionAnchor(a.action_id)}`);
      expect(await article.locator('h3, h4').textContent()).toContain(a.action);
      expect(await article.textContent()).toContain(a.lead);
      expect(await article.locator('[data-status]').getAttribute('data-status')).toBe(a.status);
      if (a.evidence_url) expect(await article.locator(`a[href="${a.evidence_url}"]`).count()).toBe(1);
    }
    expect(await page.locator('h2#actions').textContent()).toBe(`All ${areaActions.length} actions`);
    await page.close();
  });

  it('overdue actions stand out and say by how long, in words', async () => {
    const page = await open(path);
    const overdue = areaActions.flatMap((a) => {
      const info = overdueInfo(a, today);
      return info ? [{ a, info }] : [];
    });
    expect(overdue.length).toBeGreaterThan(0);
    expect(await page.locator('main article [data-overdue]').count()).toBe(overdue.length);
    for (const { a, info } of overdue) {
      const tag = page.locator(`#${actionAnchor(a.action_id)} [data-overdue]`);
      expect((await tag.textContent())?.trim()).toBe(`Overdue: ${info.by}`);
      // A thick border and an icon, not colour alone.
      expect(await tag.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('4px');
      expect(await tag.locator('svg').count()).toBe(1);
    }
    await page.close();
  });

  it('the status jump links go to sections whose counts match the actions in them', async () => {
    const page = await open(path);
    const links = page.locator('#status-jump a');
    const n = await links.count();
    expect(n).toBeGreaterThan(1);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const link = links.nth(i);
      const text = (await link.textContent())!;
      const [, label, count] = text.match(/^(.+) \((\d+)\)$/)!;
      const target = (await link.getAttribute('href'))!;
      const section = page.locator(`section${target}`);
      expect(await section.locator('h3').first().textContent()).toBe(text);
      const statuses = await section.locator('article [data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
      expect(statuses).toHaveLength(Number(count));
      expect(new Set(statuses)).toEqual(new Set([label!.toLowerCase()]));
      total += Number(count);
    }
    expect(total).toBe(areaActions.length);
    // What still needs doing comes first: the last section is the achieved actions.
    if (areaActions.some((a) => a.status === 'achieved')) expect(await links.last().textContent()).toMatch(/^Achieved/);
    // Following a link moves there, without JavaScript.
    const last = links.last();
    const href = (await last.getAttribute('href'))!;
    await last.click();
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.locator(href).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(50);
    await page.close();
  });

  it('a keyboard user can Tab to every action', async () => {
    const page = await open(path);
    await page.locator('#actions').scrollIntoViewIfNeeded();
    const reached = new Set<string>();
    // Tab through the whole page once; note the action each focused element is in.
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return { article: el?.closest('article')?.id ?? null, footer: !!el?.closest('footer') };
      });
      if (where.article) reached.add(where.article);
      if (where.footer) break;
    }
    expect([...reached].sort()).toEqual(areaActions.map((a) => actionAnchor(a.action_id)).sort());
    // Each action's own link is its first stop, and leads to it.
    const first = areaActions[0]!;
    const selfLink = page.locator(`#${actionAnchor(first.action_id)} h3 a, #${actionAnchor(first.action_id)} h4 a`);
    expect(await selfLink.getAttribute('href')).toBe(`#${actionAnchor(first.action_id)}`);
    await page.close();
  });
});

describe('the improvement plan downloads', () => {
  it('current, history and counts agree with the review files', async () => {
    const get = async (name: string) => {
      const csv = await (await fetch(`${baseUrl}/open-data/improvement-plan-${name}.csv`)).text();
      const json = (await (await fetch(`${baseUrl}/open-data/improvement-plan-${name}.json`)).json()) as { rows: Record<string, unknown>[] };
      return { lines: csv.trim().split('\r\n'), rows: json.rows };
    };
    const current = await get('current');
    expect(current.lines[0]).toBe('review_date,area_id,area_title,plan,action_id,action,lead,due,due_by,status,update,evidence_url');
    expect(current.rows).toHaveLength(latest.actions.length);
    expect(current.lines).toHaveLength(latest.actions.length + 1);
    expect(current.rows.every((r) => r['review_date'] === latest.date)).toBe(true);
    const history = await get('history');
    expect(history.rows).toHaveLength(plan.reviews.reduce((n, r) => n + r.actions.length, 0));
    const counts = await get('counts');
    expect(counts.lines[0]).toBe('review_date,status,actions,total_actions,percent');
    expect(counts.rows).toHaveLength(plan.reviews.length * 5);
    const achievedNow = counts.rows.find((r) => r['review_date'] === latest.date && r['status'] === 'achieved');
    expect(achievedNow?.['actions']).toBe(latest.actions.filter((a) => a.status === 'achieved').length);
  });

  it('are listed on the open data page, and Progress is in the main navigation', async () => {
    const page = await open('/open-data/');
    for (const name of ['current', 'history', 'counts']) {
      expect(await page.locator(`a[href="/open-data/improvement-plan-${name}.csv"]`).count()).toBe(1);
      expect(await page.locator(`a[href="/open-data/improvement-plan-${name}.json"]`).count()).toBe(1);
    }
    expect(await page.locator('nav[aria-label="Main"] a[href="/progress/"]').textContent()).toBe('Progress');
    await page.close();
  });
});

describe('/progress/ with JavaScript', () => {
  it('draws the chart over the same figures as the table', async () => {
    const context = await browser.newContext();
    const page = await open('/progress/', context);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.locator('.chart-box canvas').waitFor({ state: 'visible' });
    const data = JSON.parse((await page.locator('.chart-box').getAttribute('data-chart'))!) as { series: { values: number[]; style: string; point: string }[] };
    expect(data.series[0]?.values).toHaveLength(plan.reviews.length);
    // Lines differ by more than colour.
    expect(new Set(data.series.map((s) => `${s.style}/${s.point}`)).size).toBe(data.series.length);
    expect(await page.locator('#plan-history').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
