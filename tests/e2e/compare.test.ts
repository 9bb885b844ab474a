/**
 * The comparison page, checked against the committed comparison read with the
 * same code the build uses, so the page cannot drift from the data.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { loadDatasets } from '../../src/build/load-all.node.ts';
import { contentDir, dataDir } from '../../src/core/files.node.ts';
import { buildDate } from '../../src/core/build-date';

const baseUrl = inject('baseUrl');
const PATH = '/data/compare/';
const browser = useBrowser();
const data = loadDatasets(dataDir(), buildDate(), contentDir()).datasets.compare!.value;
const england2024 = data.values.find((v) => v.measure === 'plans_20_weeks' && v.time_period === '2024' && v.geographic_level === 'National')!;

describe('/data/compare/ without JavaScript', () => {
  it('states each comparison in words, with the figures from the committed file', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(baseUrl + PATH);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('How we compare');
    const title = await page.locator('#plans-20-weeks-title').textContent();
    expect(title).toContain(`England (${england2024.value!.toFixed(1)}%)`);
    expect(title).toContain('in Northbrook');
    expect(await page.locator('#plans-20-weeks-summary').textContent()).toMatch(/it would be (joint )?\d+(st|nd|rd|th) of 154 local authorities/);
    // Every measure has its own figure, with a heading.
    const headings = await page.locator('main h2').allTextContents();
    for (const heading of ['At a glance', 'New EHC plans issued within 20 weeks', 'Decisions on requests for an assessment made within 6 weeks', 'Annual review decisions sent within 4 weeks', 'EHC plans in place', 'Things to bear in mind']) {
      expect(headings).toContain(heading);
    }
    await context.close();
  });

  it('has real tables: each neighbour, and every local authority behind the dot plot', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl + PATH);
    const figure = page.locator('#plans-20-weeks');
    const neighbours = figure.locator('table', { has: page.locator('caption', { hasText: 'Each of the 10 similar areas' }) });
    expect(await neighbours.locator('tbody tr').count()).toBe(10);
    const first = data.neighbours[0]!;
    const firstValue = data.values.find((v) => v.measure === 'plans_20_weeks' && v.time_period === '2024' && v.old_la_code === first.sn_la_code)!;
    expect(await neighbours.locator('tbody tr').first().textContent()).toContain(`${first.sn_la_name}${firstValue.value!.toFixed(1)}%`);
    // Every area's figures sit in one closed <details>; it opens without JavaScript.
    const all = page.locator('details.all-areas');
    await all.locator('summary').click();
    expect(await all.locator('tbody tr').count()).toBe(154);
    expect(await all.locator('tbody tr.row-ours th').textContent()).toContain("Northbrook (not in DfE's figures) (our area)");
    expect(await all.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^York$/ }) }).locator('td').first().textContent()).toBe('64.8%55th');
    // The dot plot is an image with words, drawn when the site was built.
    expect(await figure.locator('.strip-wide svg[role="img"]').getAttribute('aria-label')).toMatch(/^Dot plot of every local authority's figure\./);
    expect(await figure.locator('.strip-wide svg circle, .strip-wide svg rect, .strip-wide svg path').count()).toBe(154);
    await context.close();
  });

  it('at 320px wide, the page does not scroll sideways and the small-screen plot is shown', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl + PATH);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('#plans-20-weeks .strip-narrow').isVisible()).toBe(true);
    expect(await page.locator('#plans-20-weeks .strip-wide').isVisible()).toBe(false);
    // Each label sits inside the plot's width.
    const overflow = await page.locator('#plans-20-weeks .strip-narrow .strip-label').evaluateAll((els) => els.filter((e) => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > 320; }).length);
    expect(overflow).toBe(0);
    await context.close();
  });
});

describe('the comparison as open data', () => {
  it('CSV and JSON have the same rows, naming the release and the source file', async () => {
    const csv = await (await fetch(`${baseUrl}/open-data/compare.csv`)).text();
    const json = (await (await fetch(`${baseUrl}/open-data/compare.json`)).json()) as { sources: { release: string; file: string }[]; rows: Record<string, unknown>[] };
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('measure,measure_title,time_period,role,area_code,area_name,sn_rank,sn_proximity,numerator,denominator,value,rank,rank_of,release,source_file');
    expect(lines).toHaveLength(json.rows.length + 1);
    expect(json.sources.map((s) => s.file)).toContain('timeliness_20_week.csv');
    expect(json.rows.find((r) => r['measure'] === 'plans_20_weeks' && r['time_period'] === '2024' && r['role'] === 'England')).toMatchObject({ value: england2024.value, release: 'Education, health and care plans, reporting year 2025', source_file: 'timeliness_20_week.csv' });
    const index = await (await fetch(`${baseUrl}/open-data/`)).text();
    expect(index).toContain('href="/open-data/compare.csv"');
  });

  it("the EHCP page's England figure is the comparison's", async () => {
    const html = await (await fetch(`${baseUrl}/data/ehcp-timeliness/`)).text();
    expect(html).toContain(`In England in 2024, ${Math.round(england2024.value!)}% of new plans were issued within 20 weeks.`);
  });
});
