/**
 * The indicator dashboard, the indicator pages, their link to the improvement
 * plan and their downloads, checked in Chromium against the committed data
 * read with the same code the build uses.
 */
import { readDatasetOnDisk } from '../../src/build/read-on-disk.node.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataDir } from '../../src/core/files.node.ts';
import { buildDate } from '../../src/core/build-date';
import { suiteViews } from '../../src/indicators/suite';
import { ehcpView } from '../../src/ehcp/view';
import { site } from '../../src/config/site.node.ts';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const today = buildDate();
const plan = readDatasetOnDisk('plan', dataDir(), today).value;
const suite = readDatasetOnDisk('indicators', dataDir(), today).value;
const views = suiteViews(suite, {
  threshold: site.smallNumberThreshold, areaName: site.areaName, brandColour: site.brandColour, today,
  publishDay: site.ehcpSchedule.dayOfMonth, areas: plan.areas,
});
const ehcp = readDatasetOnDisk('ehcp', dataDir(), today).value;
const ehcpLatest = ehcpView(ehcp, { threshold: site.smallNumberThreshold, publishDay: site.ehcpSchedule.dayOfMonth }).latest!;
const withTarget = views.find((v) => v.indicator.id === 'decisions-within-6-weeks')!;
const withSmallNumbers = views.find((v) => v.points.some((p) => p.figure.state === 'withheld') && v.indicator.measure === 'count')!;

let noJs: BrowserContext;
beforeAll(async () => {
  noJs = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await noJs?.close();
});

async function open(path: string, context: BrowserContext = noJs): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(baseUrl + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('/data/ dashboard without JavaScript', () => {
  it('has a card for EHCP timeliness and for every indicator, in file order', async () => {
    const page = await open('/data/');
    const ids = await page.locator('li.indicator-card[data-indicator]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(ids).toEqual(['ehcp-timeliness', 'compare', 'improvement-plan', ...suite.indicators.map((i) => i.id)]);
    await page.close();
  });

  it('gives each card its latest figure in words and figures, the change, a trend with its text, and the target in words', async () => {
    const page = await open('/data/');
    for (const view of views) {
      const card = page.locator(`li[data-indicator="${view.indicator.id}"]`);
      expect(await card.locator('h3 a').getAttribute('href')).toBe(`/data/${view.indicator.id}/`);
      expect(await card.locator('.big').textContent()).toBe(view.big.number);
      const text = (await card.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(view.latestSentence);
      if (view.change) expect(text).toContain(view.change);
      expect(text).toContain(`Trend: ${view.trend.sentence}`);
      expect(await card.locator('.target-tag').textContent()).toContain(view.target.label);
      expect(await card.locator('svg.sparkline').count()).toBe(view.trend.sparkline ? 1 : 0);
    }
    expect(await page.locator('.target-tag', { hasText: 'Target met' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.target-tag', { hasText: 'Target not met' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.target-tag', { hasText: 'No target set' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the EHCP figure from the EHCP file, the same as its own page', async () => {
    const page = await open('/data/');
    const card = page.locator('li[data-indicator="ehcp-timeliness"]');
    expect(ehcpLatest.percent.shown).toBe(true);
    const pct = ehcpLatest.percent.shown ? Math.round(ehcpLatest.percent.value) : NaN;
    expect(await card.locator('.big').textContent()).toBe(`${pct}%`);
    const ehcpPage = await open('/data/ehcp-timeliness/');
    expect(await ehcpPage.locator('#ehcp-summary').textContent()).toContain(`(${pct}%)`);
    await ehcpPage.close();
    await page.close();
  });

  it('keeps the links to the improvement plan and open data', async () => {
    const page = await open('/data/');
    expect(await page.locator('main a[href="/progress/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/open-data/"]').count()).toBe(1);
    await page.close();
  });
});

describe('an indicator page', () => {
  it('without JavaScript: active title, summary, target, the full table, footnotes, source and downloads; no empty chart box', async () => {
    const page = await open(withTarget.href);
    expect(await page.locator('h1').textContent()).toBe(withTarget.indicator.title);
    expect(await page.locator('#indicator-title').textContent()).toBe(withTarget.title);
    expect(await page.locator('#indicator-summary').textContent()).toBe(withTarget.summary);
    expect(withTarget.summary).toMatch(/The target is 90% by March 2027/);
    expect(await page.locator('#target-sentence').textContent()).toBe(withTarget.target.sentence);
    const rows = page.locator('table.data tbody tr');
    expect(await rows.count()).toBe(withTarget.points.length);
    expect(await rows.first().locator('th').textContent()).toContain(withTarget.latest!.label);
    expect(await page.locator('table.data caption').textContent()).toBe(withTarget.table.caption);
    expect(await page.locator('table.data thead th').allTextContents()).toEqual(['Month', ...withTarget.table.headings]);
    expect(await page.locator('#indicator .footnotes li').count()).toBe(withTarget.footnotes.length);
    expect(await page.locator('#indicator').textContent()).toContain(`Source: ${withTarget.indicator.source}`);
    expect(await page.locator('.chart-box').isVisible()).toBe(false);
    expect(await page.locator('#what-this-measures + p').textContent()).toBe(withTarget.indicator.description);
    expect(await page.locator('main').textContent()).toMatch(/Next update due\s*\d+ \w+ 20\d\d/);
    await page.close();
  });

  it('with JavaScript: draws the chart, with the target as a labelled line, over the same figures', async () => {
    const context = await browser.newContext();
    const page = await open(withTarget.href, context);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.locator('.chart-box canvas').waitFor({ state: 'visible' });
    const data = JSON.parse((await page.locator('.chart-box').getAttribute('data-chart'))!) as { target: { value: number; label: string }; series: { values: (number | null)[] }[] };
    expect(data.target).toEqual({ value: 90, label: 'Target: 90% by March 2027' });
    expect(data.series[0]!.values).toHaveLength(withTarget.points.length);
    const chart = await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.chart-box canvas')!;
      await new Promise((r) => setTimeout(r, 600));
      const { data: pixels } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return { width: canvas.width, painted };
    });
    expect(chart.width).toBeGreaterThan(200);
    expect(chart.painted).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows small numbers in words and keeps notes as numbered footnotes linked from their period', async () => {
    const page = await open(withSmallNumbers.href);
    expect(await page.locator('table.data tbody td', { hasText: `fewer than ${site.smallNumberThreshold}` }).count()).toBe(
      withSmallNumbers.points.filter((p) => p.figure.state === 'withheld').length,
    );
    await page.close();
    const noted = views.find((v) => v.points.some((p) => p.note))!;
    const notePage = await open(noted.href);
    const link = notePage.locator('table.data a.cell-note').first();
    const href = (await link.getAttribute('href'))!;
    expect(await notePage.locator(href).textContent()).toBe(noted.footnotes.find((f) => f.id.startsWith('note-'))!.text);
    await notePage.close();
  });

  it('links back to its improvement-plan areas, and each area page lists it under “How we measure this”', async () => {
    for (const view of views.filter((v) => v.planAreas.length > 0)) {
      const page = await open(view.href);
      expect(await page.locator('#plan-areas a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(view.planAreas.map((a) => a.href));
      await page.close();
    }
    const a1 = plan.areas.find((a) => a.area_id === 'A1')!;
    const area = await open(`/progress/${a1.area_id.toLowerCase()}/`);
    const listed = await area.locator('#how-we-measure + p + ul.measures-list > li').evaluateAll((li) => li.map((l) => l.getAttribute('data-indicator')));
    expect(listed).toEqual(views.filter((v) => v.indicator.plan_areas.includes('A1')).map((v) => v.indicator.id));
    await area.close();
    const a5 = await open('/progress/a5/');
    expect(await a5.locator('section[aria-labelledby="how-we-measure"]').textContent()).toContain('We do not publish a figure that measures this area yet.');
    await a5.close();
  });
});

describe('keyboard', () => {
  it('reaches a card’s link by Tab and opens the indicator page with Enter', async () => {
    const context = await browser.newContext();
    const page = await open('/data/', context);
    let href: string | null = null;
    for (let i = 0; i < 60 && href !== withTarget.href; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    }
    expect(href).toBe(withTarget.href);
    await Promise.all([page.waitForURL(`**${withTarget.href}`), page.keyboard.press('Enter')]);
    // The table scrolls inside a box people can reach and scroll with the keyboard.
    let role: string | null = null;
    for (let i = 0; i < 60 && role !== 'region'; i++) {
      await page.keyboard.press('Tab');
      role = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
    }
    expect(role).toBe('region');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('indicator-table-caption');
    await context.close();
  });
});

describe('at 320px wide', () => {
  it('nothing scrolls sideways on the dashboard or any indicator page', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    for (const path of ['/data/', ...views.map((v) => v.href), '/progress/a1/']) {
      const page = await open(path, context);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
      await page.close();
    }
    await context.close();
  });
});

describe('open data', () => {
  it('offers every indicator as tidy CSV and JSON, one row per indicator per period, with GSS symbols', async () => {
    const csv = await (await fetch(`${baseUrl}/open-data/indicators.csv`)).text();
    const json = (await (await fetch(`${baseUrl}/open-data/indicators.json`)).json()) as { rows: Record<string, unknown>[]; symbols: Record<string, string>; columns: string[] };
    const lines = csv.trim().split('\r\n');
    const total = views.reduce((n, v) => n + v.points.length, 0);
    expect(lines).toHaveLength(total + 1);
    expect(json.rows).toHaveLength(total);
    expect(new Set(json.rows.map((r) => r['indicator_id']))).toEqual(new Set(views.map((v) => v.indicator.id)));
    expect(Object.keys(json.symbols)).toEqual(['c', 'x', 'z', 'low']);
    expect(json.rows.some((r) => r['indicator_id'] === withSmallNumbers.indicator.id && r['value'] === 'c')).toBe(true);
    expect(json.rows.some((r) => r['value'] === 'x')).toBe(true);
    const page = await open('/open-data/');
    expect(await page.locator('a[href="/open-data/indicators.csv"]').count()).toBe(1);
    expect(await page.locator('a[href="/open-data/indicators.json"]').count()).toBe(1);
    await page.close();
  });

  it('each indicator page’s own downloads hold its rows', async () => {
    const page = await open(withTarget.href);
    const href = (await page.locator('#indicator a[download]', { hasText: 'CSV' }).getAttribute('href'))!;
    await page.close();
    const lines = (await (await fetch(baseUrl + href)).text()).trim().split('\r\n');
    expect(lines).toHaveLength(withTarget.points.length + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^${withTarget.latest!.period.key},Month,`));
  });
});
