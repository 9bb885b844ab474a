import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const PATH = '/data/ehcp-timeliness/';
const browser = useBrowser();

describe('the EHCP timeliness page', () => {
  it('without JavaScript, shows the summary and the full table, and no empty chart box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl + PATH);
    expect(await page.locator('#ehcp-summary').textContent()).toMatch(/^In October 2026, 66 of 103 new plans \(64%\) were issued within 20 weeks/);
    const rows = page.locator('table.data tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(36);
    expect(await rows.first().locator('th').textContent()).toContain('October 2026');
    // The cyber-attack month has a small count, shown in words, with its percentage withheld.
    const december = page.locator('table.data tbody tr', { hasText: 'December 2023' });
    expect(await december.locator('td').nth(1).textContent()).toBe('fewer than 5');
    expect(await december.locator('td').nth(2).textContent()).toBe('not shown');
    expect(await page.locator('.chart-box').isVisible()).toBe(false);
    expect(await page.locator('table.data caption').textContent()).toContain('New EHC plans issued each month');
    await context.close();
  });

  it('with JavaScript, draws the chart over the same data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl + PATH);
    await page.locator('.chart-box canvas').waitFor({ state: 'visible' });
    // chart.js sizes the canvas and paints on it: some pixels are no longer transparent.
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.chart-box canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
      return { width: canvas.width, count };
    });
    expect(painted.width).toBeGreaterThan(200);
    expect(painted.count).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    expect(await page.locator('table.data').isVisible()).toBe(true);
    await context.close();
  });

  it('offers the data as CSV and JSON with the same figures', async () => {
    const csv = await (await fetch(`${baseUrl}/open-data/ehcp-timeliness.csv`)).text();
    const json = (await (await fetch(`${baseUrl}/open-data/ehcp-timeliness.json`)).json()) as { rows: Record<string, unknown>[] };
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^time_period,time_identifier,geographic_level,la_name,plans_issued_den,/);
    expect(lines).toHaveLength(json.rows.length + 1);
    expect(json.rows.find((r) => r['time_period'] === '2023-12')).toMatchObject({ plans_issued_within_20_weeks: 'c' });
    expect(json.rows.at(-1)).toMatchObject({ time_period: '2026-10', plans_issued_den: 103, plans_issued_within_20_weeks: 66, pc_plans_issued_within_20_weeks: 64.1 });
  });

  it('says which figure is one month and which is 12 months, on the home page and here, with the same figures', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const home = (await page.locator('[data-one-and-twelve]').textContent())!;
    const big = (await page.locator('#latest-figure + .headline-figure .big').textContent())!;
    expect(home).toMatch(/^This is one month’s figure\. In the 12 months to \w+ \d{4}, \d+% of new plans were issued within 20 weeks\.$/);
    await page.goto(baseUrl + PATH);
    const [month, twelve] = await page.locator('[data-one-and-twelve] li').allTextContents();
    expect(month).toMatch(new RegExp(`^One month: In \\w+ \\d{4} alone, ${big} of new plans were issued within 20 weeks`));
    expect(twelve).toContain(home.replace('This is one month’s figure. ', ''));
    // The headline is the 12-month figure, and says so.
    const percent12 = home.match(/(\d+%)/)![1]!;
    expect(await page.locator('#ehcp-title').textContent()).toMatch(new RegExp(`^${percent12} of new plans in the last 12 months`));
    await context.close();
  });
});
