/**
 * The services directory in a real browser, checked against the data layer:
 * what the page shows must be what src/ (the feature folders) says the committed CSV means.
 */
import { readDatasetOnDisk } from '../../src/build/read-on-disk.node.ts';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildDirectoryIndex, decodeIndex, filterEntries, summarise } from '../../src/directory/search-index';
import { prepareDirectory, runDirectoryQuery, searchDirectory } from '../../src/directory/filter';
import { EMPTY_QUERY } from '../../src/directory/url';
import { dataDir } from '../../src/core/files.node.ts';
import { buildDate } from '../../src/core/build-date';
import { useBrowser } from '../support/browser';
import { sitemapPaths } from '../support/site';

const baseUrl = inject('baseUrl');
const { services, taxonomy, districts } = readDatasetOnDisk('directory', dataDir(), buildDate()).value;
const entries = decodeIndex(buildDirectoryIndex(services, taxonomy));
const prepared = prepareDirectory(entries, buildDirectoryIndex(services, taxonomy));
const POLL = { timeout: 5000 };

const browser = useBrowser();

/** Every result id, pressing "Show more" until all are on the page. */
async function resultIds(page: Page): Promise<string[]> {
  const more = page.locator('#show-more');
  while (await more.isVisible()) await more.click();
  return page.locator('#results-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['id'] ?? ''));
}

async function openDirectory(page: Page, search = ''): Promise<void> {
  await page.goto(`${baseUrl}/services/${search}`);
  await page.locator('#results[data-ready="true"]').waitFor({ state: 'attached' });
}

describe('the directory filter', () => {
  it('age and need together give exactly the services the data says, and the count is announced', async () => {
    const expected = filterEntries(entries, { age: 7, need: ['autism'] }).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(services.length);
    const context = await browser.newContext();
    const page = await context.newPage();
    await openDirectory(page);
    await page.fill('#age', '7');
    await page.locator('details[data-group="need"] summary').click();
    await page.getByLabel('Autism', { exact: true }).check();
    const live = page.locator('#results-count');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => live.textContent(), POLL).toBe(`${expected.length} services match`);
    expect((await resultIds(page)).sort()).toEqual(expected);
    // Every card says its ages include 7.
    const ages = await page.locator('#results-list [data-slot="ages"]').allTextContents();
    const includes7 = (text: string) => {
      const [min, max] = text.startsWith('From birth') ? [0, Number(text.match(/\d+/)![0])] : (text.match(/\d+/g) ?? []).map(Number);
      return min! <= 7 && 7 <= (max ?? min)!;
    };
    expect(ages.filter((a) => !includes7(a))).toEqual([]);
    expect(ages).toHaveLength(expected.length);
    await context.close();
  });

  it('puts the filters in the address, and opening that address restores the same filters and results', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openDirectory(page);
    await page.fill('#q', 'swimming');
    await page.fill('#age', '10');
    await page.locator('details[data-group="cost"] summary').click();
    await page.getByLabel('Paid', { exact: true }).check();
    await expect.poll(() => new URL(page.url()).search, POLL).toBe('?q=swimming&age=10&cost=paid');
    const before = await resultIds(page);
    const expected = searchDirectory(prepared, 'swimming', { age: 10, cost: ['paid'] }).map((h) => h.entry.id);
    expect(before).toEqual(expected);
    expect(before.length).toBeGreaterThan(0);

    const again = await context.newPage();
    await openDirectory(again, '?q=swimming&age=10&cost=paid');
    expect(await again.inputValue('#q')).toBe('swimming');
    expect(await again.inputValue('#age')).toBe('10');
    expect(await again.getByLabel('Paid', { exact: true }).isChecked()).toBe(true);
    expect(await again.locator('details[data-group="cost"]').getAttribute('open')).not.toBeNull();
    expect(await resultIds(again)).toEqual(before);
    expect(await again.locator('#results-count').textContent()).toBe(`${before.length} ${before.length === 1 ? 'service matches' : 'services match'}`);
    await context.close();
  });

  it('typing words narrows the list, and no match says what to try', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openDirectory(page);
    await page.locator('#q').pressSequentially('speach therapy', { delay: 20 });
    const expected = searchDirectory(prepared, 'speach therapy').map((h) => h.entry.id);
    await expect.poll(() => page.locator('#results-count').textContent(), POLL).toBe(`${expected.length} services match`);
    expect((await resultIds(page)).slice(0, 5)).toEqual(expected.slice(0, 5));
    await page.fill('#q', 'zzqxv');
    await expect.poll(() => page.locator('#results-count').textContent(), POLL).toBe('No services match');
    expect(await page.locator('#results-help').textContent()).toContain('Try fewer words');
    await context.close();
  });

  it('opens with the cards drawn on the server and no summaries file, which comes with the first search and fills the cards', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openDirectory(page);
    const firstCard = page.locator('#results-list > li').first();
    const serverSummary = await firstCard.locator('[data-slot="summary"]').textContent();
    expect(serverSummary!.length).toBeGreaterThan(10);
    expect(fetched).toContain('/services/index.json');
    expect(fetched).not.toContain('/services/summaries.json');
    await page.locator('#q').pressSequentially('swim', { delay: 20 });
    const expected = searchDirectory(prepared, 'swim').map((h) => h.entry);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => firstCard.getAttribute('data-id'), POLL).toBe(expected[0]!.id);
    await expect.poll(() => firstCard.locator('[data-slot="summary"]').textContent(), POLL).toBe(summarise(services.find((s) => s.id === expected[0]!.id)!.description));
    expect(fetched).toContain('/services/summaries.json');
    await context.close();
  });

  it('sorts nearest first from a postcode, keeping only the district in the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openDirectory(page);
    await page.fill('#near', 'NB3 4XY');
    const expected = runDirectoryQuery(prepared, { ...EMPTY_QUERY, near: 'NB3 4XY' }, districts).hits;
    await expect.poll(() => page.locator('#results-count').textContent(), POLL).toBe(`${services.length} services match, nearest to NB3 first`);
    const shown = await page.locator('#results-list > li').evaluateAll((lis) => lis.slice(0, 5).map((li) => (li as HTMLElement).dataset['id']));
    expect(shown).toEqual(expected.slice(0, 5).map((h) => h.entry.id));
    expect(await page.locator('#results-list [data-slot="distance"]').first().textContent()).toMatch(/(about [\d.]+ miles?|less than half a mile) away/);
    expect(new URL(page.url()).search).toBe('?near=NB3');
    // A postcode is checked when the form is sent, not while typing.
    await page.fill('#near', 'not a postcode');
    expect(await page.locator('#near-error').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show services' }).click();
    await expect.poll(() => page.locator('#near-error').textContent(), POLL).toContain('does not look like a postcode');
    expect(await page.locator('#directory-errors a[href="#near"]').textContent()).toContain('does not look like a postcode');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('every service page is in the sitemap and linked from a category, need or A to Z page', async () => {
    const inSitemap = new Set(sitemapPaths());
    const start = '/services/';
    const seen = new Set<string>([start]);
    const queue = [start];
    const linkedServices = new Set<string>();
    const serviceIds = new Set(services.map((s) => s.id));
    while (queue.length > 0) {
      const path = queue.shift()!;
      const html = await (await fetch(baseUrl + path)).text();
      for (const a of parse(html).querySelectorAll('a[href^="/services/"]')) {
        const href = a.getAttribute('href')!.split(/[?#]/)[0]!;
        const id = href.match(/^\/services\/([a-z0-9-]+)\/$/)?.[1];
        if (id !== undefined && serviceIds.has(id)) {
          linkedServices.add(id);
          continue;
        }
        // Follow the list pages (A to Z, category, need), not the service pages.
        if (/^\/services\/(a-z|category|need)\//.test(href) && !seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect([...linkedServices].sort()).toEqual([...serviceIds].sort());
    for (const id of serviceIds) expect(inSitemap.has(`/services/${id}/`)).toBe(true);
    expect(seen.size).toBeGreaterThan(taxonomy.categories.length + taxonomy.needs.length);
  });

  it('the directory page lists services with their details, says the form cannot filter, and hides script-only controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/services/`);
    const first = page.locator('#results-list > li').first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/services\/[a-z0-9-]+\/$/);
    expect((await first.locator('[data-slot="ages"]').textContent())!.length).toBeGreaterThan(3);
    expect(await page.locator('#results-list > li').count()).toBe(Math.min(50, services.length));
    expect(await page.locator('#directory-form noscript').textContent()).toContain('cannot narrow the list');
    expect(await page.locator('.shortlist-button').first().isVisible()).toBe(false);
    expect(await page.locator('#near').isVisible()).toBe(false);
    expect(await page.locator('nav.pagination').isVisible()).toBe(services.length > 50);
    const shortlist = await context.newPage();
    await shortlist.goto(`${baseUrl}/services/shortlist/`);
    expect(await shortlist.locator('main').textContent()).toContain('The shortlist needs JavaScript');
    await context.close();
  });
});

describe('a service page', () => {
  const stale = services.find((s) => s.stale)!;
  const fresh = services.find((s) => !s.stale && s.phone !== undefined)!;

  it('says honestly when the entry has not been checked for over a year', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/services/${stale.id}/`);
    expect(await page.locator('.warning-panel').textContent()).toContain('This information was last checked over a year ago');
    const other = await context.newPage();
    await other.goto(`${baseUrl}/services/${fresh.id}/`);
    expect(await other.locator('.warning-panel').count()).toBe(0);
    expect(await other.locator('main').textContent()).toMatch(/Last checked on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    await context.close();
  });

  it('has dialable phone, a report-a-problem email naming the service, and schema.org data, with no CSP errors', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${baseUrl}/services/${fresh.id}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(fresh.name);
    expect(await page.locator('a[href^="tel:"]').first().getAttribute('href')).toBe(`tel:${fresh.phone!.replace(/\D/g, '')}`);
    const report = new URL((await page.getByRole('link', { name: 'Report a problem with this information' }).getAttribute('href'))!);
    expect(report.pathname).toBe('localoffer@northbrook.example');
    expect(report.searchParams.get('subject')).toContain(fresh.name);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(['Service', 'GovernmentService']).toContain(ld['@type']);
    expect(ld['name']).toBe(fresh.name);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the shortlist', () => {
  it('saves a service, survives a reload, and lists it with contact details to print', async () => {
    const service = services.find((s) => s.phone !== undefined && s.address !== undefined)!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/services/${service.id}/`);
    const button = page.locator('button.shortlist-button');
    expect(await button.textContent()).toBe('Save to shortlist');
    await button.click();
    expect(await button.textContent()).toBe('Remove from shortlist');
    await page.reload();
    expect(await page.locator('button.shortlist-button').textContent()).toBe('Remove from shortlist');

    await page.goto(`${baseUrl}/services/shortlist/`);
    await page.locator('#shortlist-list[data-ready="true"]').waitFor({ state: 'attached' });
    expect(await page.locator('#shortlist-count').textContent()).toBe('You have 1 service in your shortlist.');
    const card = page.locator('#shortlist-list > li');
    expect(await card.locator('h2').textContent()).toBe(service.name);
    await expect.poll(() => card.locator('a[href^="tel:"]').count()).toBe(1);
    expect(await card.textContent()).toContain(service.postcode ?? service.address!);
    await page.reload();
    await page.locator('#shortlist-list[data-ready="true"]').waitFor({ state: 'attached' });
    expect(await page.locator('#shortlist-list > li h2').allTextContents()).toEqual([service.name]);

    // In print, the menus and buttons go and the details stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('#print-shortlist').isVisible()).toBe(false);
    expect(await card.locator('a[href^="tel:"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await card.locator('button').click();
    expect(await page.locator('#shortlist-count').textContent()).toContain('Your shortlist is empty.');
    await context.close();
  });

  it('can save from the results list', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openDirectory(page);
    const first = page.locator('#results-list > li').first();
    const id = await first.getAttribute('data-id');
    await first.locator('button.shortlist-button').click();
    expect(await page.evaluate(() => localStorage.getItem('local-offer-shortlist'))).toBe(JSON.stringify([id]));
    await context.close();
  });
});

describe('open data', () => {
  it('publishes every service as CSV, as HSDS 3.0 JSON and as an HSDS 3.0 tabular data package', async () => {
    const csv = await (await fetch(`${baseUrl}/open-data/services.csv`)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,organisation,description,categories,needs,age_min,age_max,area,/);
    expect(lines[0]).toMatch(/,stale$/);
    const json = (await (await fetch(`${baseUrl}/open-data/services.json`)).json()) as { total_items: number; contents: { name: string; organization: { name: string } }[] };
    expect(json.total_items).toBe(services.length);
    expect(json.contents.map((s) => s.name).sort()).toEqual(services.map((s) => s.name).sort());
    expect(new Set(json.contents.map((s) => s.organization.name)).size).toBeGreaterThan(10);
    const pkg = (await (await fetch(`${baseUrl}/open-data/hsds/datapackage.json`)).json()) as { resources: { name: string; path: string; schema: { fields: { name: string }[] } }[] };
    for (const r of pkg.resources) {
      const table = await fetch(`${baseUrl}/open-data/hsds/${r.path}`);
      expect(table.status, r.path).toBe(200);
      expect((await table.text()).split('\r\n')[0], r.path).toBe(r.schema.fields.map((f) => f.name).join(','));
    }
    expect(pkg.resources.find((r) => r.name === 'service')!.path).toBe('services.csv');
    const index = (await (await fetch(`${baseUrl}/services/index.json`)).json()) as { key: string; services: { id: unknown[] }; districts: unknown[] };
    expect(index.services.id).toHaveLength(services.length);
    expect(index.districts).toHaveLength(districts.length);
    const summaries = (await (await fetch(`${baseUrl}/services/summaries.json?key=${index.key}`)).json()) as { key: string; summaries: unknown[] };
    expect(summaries.key).toBe(index.key);
    expect(summaries.summaries).toHaveLength(services.length);
  });
});
