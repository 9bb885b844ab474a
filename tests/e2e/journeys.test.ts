/**
 * What a parent on a phone meets (issue 26): the three tasks a parent comes
 * for, on a window 360px wide with a slow connection and a slow processor,
 * moving only with the keyboard, each in at most six steps; a form sent before
 * the page's script or the directory has loaded still lands on the results;
 * and a shortlist link opens the same shortlist in another browser.
 *
 * A step is one thing a parent does: follow a link, fill in one question,
 * choose one filter, or send a form. Tab presses to reach it are part of it.
 * Every expected figure, date and service comes from the project's own code
 * over the frozen sample (tests/sample), never typed here.
 */
import { readDatasetOnDisk } from '../../src/build/read-on-disk.node.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildDate } from '../../src/core/build-date';
import { contentDir, dataDir } from '../../src/core/files.node.ts';
import { site } from '../../src/config/site.node.ts';
import { buildDirectoryIndex, decodeIndex } from '../../src/directory/search-index';
import { prepareDirectory, runDirectoryQuery } from '../../src/directory/filter';
import { EMPTY_QUERY, type DirectoryQuery } from '../../src/directory/url';
import { AUDIENCE_LABEL, COST_LABEL } from '../../src/directory/text';
import { DEFAULT_AUDIENCE } from '../../src/directory/vocab';
import { parseDistrict } from '../../src/directory/geo';
import { ehcpView } from '../../src/ehcp/view';
import { progressView } from '../../src/plan/view';
import { readGuideFrontmatter } from '../../src/content/guides/schema';
import { linkedTools, TOOLS } from '../../src/content/guides/tool-links';
import { ehcpTimeline, formatLongDate } from '../../src/timeline/timeline';
import { useBrowser } from '../support/browser';
import { choose, follow, hasFocus, slowPhone, step, tabTo, type Phone } from '../support/slow-phone';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const MAX_STEPS = 6;
/** A slow phone takes its time: wait this long for a page or a result. */
const SLOW = { timeout: 45_000 };

const today = buildDate();
const { services, taxonomy, districts } = readDatasetOnDisk('directory', dataDir(), today).value;
const index = buildDirectoryIndex(services, taxonomy);
const entries = decodeIndex(JSON.parse(JSON.stringify(index)));
const prepared = prepareDirectory(entries, index);

const resultIds = (page: Page) => page.locator('#results-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['id'] ?? ''));

/** The steps, as the report and the test output state them. */
function report(task: string, phone: Phone): void {
  console.log(`${task}: ${phone.steps.length} steps\n${phone.steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`);
}

describe('three parent tasks on a slow phone, keyboard only, in at most six steps', () => {
  it('find a free activity for a 7-year-old near a postcode (5 steps)', async () => {
    const leisure = taxonomy.categories.find((t) => /leisure|activit/i.test(t.label));
    expect(leisure, 'the sample has a category for activities').toBeDefined();
    // A postcode in the district of a free activity for a 7-year-old, so the nearest comes first.
    const free7 = entries.filter((e) => e.cost === 'free' && e.categories.includes(leisure!.id) && e.ageMin <= 7 && e.ageMax >= 7 && e.district);
    const postcode = `${free7[0]!.district} 1AA`;
    const query: DirectoryQuery = { ...EMPTY_QUERY, age: 7, category: [leisure!.id], cost: ['free'], near: postcode };
    const expected = runDirectoryQuery(prepared, query, districts);
    expect(expected.hits.length).toBeGreaterThan(1);

    const phone = await slowPhone(browser);
    const { page } = phone;
    await page.goto(baseUrl + '/', SLOW);
    await step(phone, 'Follow "Services" in the menu', () => follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Services' })));
    const form = page.locator('#directory-form');
    await step(phone, `Choose "${leisure!.label}" under Type of service`, () => choose(page, form.locator('details[data-group="category"]'), page.locator(`#category-${leisure!.id}`)));
    await step(phone, 'Choose "Free" under Cost', () => choose(page, form.locator('details[data-group="cost"]'), page.locator('#cost-free')));
    await step(phone, 'Type the age, 7', async () => {
      await tabTo(page, page.locator('#age'));
      await page.keyboard.type('7');
    });
    await step(phone, 'Type the postcode and press Enter', async () => {
      await tabTo(page, page.locator('#near'));
      await page.keyboard.type(postcode);
      await page.keyboard.press('Enter');
    });
    report('Task 1, a free activity for a 7-year-old near a postcode', phone);
    expect(phone.steps.length).toBeLessThanOrEqual(MAX_STEPS);

    // The results: focus on their heading, which says how many first, in the order the project's code gives.
    const heading = page.locator('#results-heading');
    await expect.poll(() => heading.textContent(), SLOW).toBe(`${expected.hits.length} services match, nearest to ${parseDistrict(postcode)} first`);
    await expect.poll(() => hasFocus(heading), SLOW).toBe(true);
    expect(await heading.evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await resultIds(page)).toEqual(expected.hits.slice(0, 20).map((h) => h.entry.id));
    expect(await page.locator('#results-list [data-slot="cost"]').allTextContents()).toEqual(expected.hits.slice(0, 20).map(() => COST_LABEL.free));
    // A service for someone else (a brother or sister, a parent) says so on its card.
    for (const hit of expected.hits.slice(0, 20).filter((h) => h.entry.for !== DEFAULT_AUDIENCE)) {
      expect(await page.locator(`#results-list > li[data-id="${hit.entry.id}"] [data-slot="for"]`).textContent()).toBe(AUDIENCE_LABEL[hit.entry.for]);
    }
    expect(new URL(page.url()).searchParams.get('age')).toBe('7');
    await phone.context.close();
  });

  it('find how to ask for an assessment and when each step is due (5 steps)', async () => {
    const calculator = TOOLS[0]!;
    const folder = join(contentDir(), 'guides');
    const guide = readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ source: readFileSync(join(folder, f), 'utf8'), file: f }))
      .map((g) => ({ ...g, data: readGuideFrontmatter(g.file, g.source).value }))
      .find((g) => g.data && /ask/i.test(g.data.title) && /assessment/i.test(g.data.title) && linkedTools(g.source).has(calculator.href));
    expect(guide, 'a guide about asking for an assessment links the calculator').toBeDefined();
    const expected = ehcpTimeline({ day: '15', month: '12', year: '2026' });
    if (!expected.ok) throw new Error(expected.error);

    const phone = await slowPhone(browser);
    const { page } = phone;
    await page.goto(baseUrl + '/', SLOW);
    await step(phone, 'Follow "Guides" in the menu', () => follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' })));
    await step(phone, `Follow "${guide!.data!.title}"`, () => follow(page, page.locator('main').getByRole('link', { name: guide!.data!.title, exact: true }).first()));
    await step(phone, 'Follow the link to the timeline calculator', () => follow(page, page.locator(`main a[href="${calculator.href}"]`).first()));
    await page.locator('[data-timeline-form]').waitFor({ state: 'visible', ...SLOW });
    await step(phone, 'Type the date the council received the request: 15, 12, 2026', async () => {
      await tabTo(page, page.locator('#requested-day'));
      await page.keyboard.type('15');
      await page.keyboard.press('Tab');
      await page.keyboard.type('12');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2026');
    });
    await step(phone, 'Press Enter', () => page.keyboard.press('Enter'));
    report('Task 2, how to ask for an assessment and when each step is due', phone);
    expect(phone.steps.length).toBeLessThanOrEqual(MAX_STEPS);

    const heading = page.locator('#results-heading');
    await expect.poll(() => hasFocus(heading), SLOW).toBe(true);
    expect(await heading.textContent()).toBe(`Deadlines for a request received on ${formatLongDate(expected.requestDate)}`);
    for (const s of expected.steps) expect(await page.locator(`[data-step="${s.id}"] .when`).textContent()).toContain(formatLongDate(s.date));
    await phone.context.close();
  });

  it('find whether the council is improving (2 steps)', async () => {
    const ehcp = ehcpView(readDatasetOnDisk('ehcp', dataDir(), today).value, { threshold: site.smallNumberThreshold, publishDay: site.ehcpSchedule.dayOfMonth });
    const plan = progressView(readDatasetOnDisk('plan', dataDir(), today).value, today);
    expect(ehcp.title).toMatch(/ (up|down) from |the same as a year before/);

    const phone = await slowPhone(browser);
    const { page } = phone;
    await page.goto(baseUrl + '/', SLOW);
    const menu = page.getByRole('navigation', { name: 'Main' });
    await step(phone, 'Follow "EHCP figures" in the menu: the title says whether new plans are on time more often than a year before', () => follow(page, menu.getByRole('link', { name: 'EHCP figures' })));
    expect(await page.locator('main').textContent()).toContain(ehcp.title);
    await step(phone, 'Follow "Progress" in the menu: how many of the improvement plan’s actions are done', () => follow(page, menu.getByRole('link', { name: 'Progress' })));
    expect(await page.locator('#plan-headline').textContent()).toBe(plan!.headline);
    report('Task 3, whether the council is improving', phone);
    expect(phone.steps.length).toBeLessThanOrEqual(MAX_STEPS);
    await phone.context.close();
  });
});

describe('a slow connection never loses the results', () => {
  it('a form sent before the page’s script has loaded opens the results, with focus on the heading that says how many', async () => {
    const expected = runDirectoryQuery(prepared, { ...EMPTY_QUERY, age: 7 }, districts);
    const phone = await slowPhone(browser);
    const { page } = phone;
    // Hold back the page's scripts, as a slow phone does.
    let held = 0;
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      held++;
      await new Promise((r) => setTimeout(r, 4_000));
      await route.continue().catch(() => undefined);
    });
    // Not waiting for DOMContentLoaded: that waits for the page's (deferred) scripts.
    await page.goto(`${baseUrl}/services/`, { waitUntil: 'commit', ...SLOW });
    await page.locator('#directory-form button[type="submit"]').waitFor({ state: 'attached', ...SLOW });
    expect(await page.locator('#results').getAttribute('data-ready')).toBeNull();
    await tabTo(page, page.locator('#age'));
    await page.keyboard.type('7');
    await Promise.all([page.waitForURL(/#results-heading$/, SLOW), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('age')).toBe('7');
    // The browser opens the new page at the results heading, before any script has run.
    await page.locator('#results-list').waitFor({ state: 'attached', ...SLOW });
    await expect.poll(() => hasFocus(page.locator('#results-heading')), SLOW).toBe(true);
    expect(held).toBeGreaterThan(0);
    // Once the script arrives, the heading says how many match, and focus has not moved.
    await expect.poll(() => page.locator('#results-heading').textContent(), SLOW).toBe(`${expected.hits.length} services match`);
    expect(await hasFocus(page.locator('#results-heading'))).toBe(true);
    expect(await page.inputValue('#age')).toBe('7');
    expect(await resultIds(page)).toEqual(expected.hits.slice(0, 20).map((h) => h.entry.id));
    await phone.context.close();
  });

  it('a form sent while the directory is still loading waits for it, without reloading the page', async () => {
    const expected = runDirectoryQuery(prepared, { ...EMPTY_QUERY, age: 7 }, districts);
    const phone = await slowPhone(browser);
    const { page } = phone;
    await page.route('**/services/index.json', async (route) => {
      await new Promise((r) => setTimeout(r, 4_000));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${baseUrl}/services/`, SLOW);
    await page.locator('#results[data-ready="false"]').waitFor({ state: 'attached', ...SLOW });
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    await tabTo(page, page.locator('#age'));
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(page.locator('#results-heading')), SLOW).toBe(true);
    await expect.poll(() => page.locator('#results-heading').textContent(), SLOW).toBe(`${expected.hits.length} services match`);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(new URL(page.url()).search).toBe('?age=7');
    await phone.context.close();
  });

  it('without JavaScript, sending the form opens the page at the results heading, which says how many', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/services/`);
    await page.locator('#age').fill('7');
    await Promise.all([page.waitForURL(/#results-heading$/), page.locator('#age').press('Enter')]);
    expect(await hasFocus(page.locator('#results-heading'))).toBe(true);
    expect(await page.locator('#results-heading').textContent()).toMatch(/^\d+ services, A to Z$/);
    await context.close();
  });
});

describe('errors where a family types something (GOV.UK error summary)', () => {
  it('a postcode the site does not know: the summary takes focus, the title says Error, the link goes to the box, what was typed is kept', async () => {
    const phone = await slowPhone(browser);
    const { page } = phone;
    await page.goto(`${baseUrl}/services/`, SLOW);
    await page.locator('#results[data-ready="true"]').waitFor({ state: 'attached', ...SLOW });
    const title = await page.title();
    await tabTo(page, page.locator('#near'));
    await page.keyboard.type('XX9 9ZZ');
    await page.keyboard.press('Enter');
    const summary = page.locator('#directory-errors');
    await expect.poll(() => hasFocus(summary), SLOW).toBe(true);
    expect(await page.title()).toBe(`Error: ${title}`);
    const link = summary.getByRole('link');
    expect(await link.getAttribute('href')).toBe('#near');
    expect(await page.locator('#near-error').textContent()).toBe(`Error: ${await link.textContent()}`);
    expect(await page.inputValue('#near')).toBe('XX9 9ZZ');
    expect(await page.locator('#results-heading').textContent()).toMatch(/Your postcode could not be used$/);
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(page.locator('#near'))).toBe(true);
    await phone.context.close();
  });
});

describe('sharing the shortlist', () => {
  const freeForSome = services.find((s) => s.cost === 'free-for-some');
  const forSiblings = services.find((s) => s.for === 'siblings');

  it('a shortlist link opens the same shortlist in a new browser, which can keep it; the email lists it; the printout keeps the conditions', async () => {
    expect(freeForSome?.cost_details).toBeDefined();
    expect(forSiblings).toBeDefined();
    const saved = [freeForSome!, forSiblings!];
    const phone = await slowPhone(browser);
    const { page } = phone;
    for (const s of saved) {
      await page.goto(`${baseUrl}/services/${s.id}/`, SLOW);
      const button = page.locator('main button.shortlist-button');
      await expect.poll(() => button.textContent(), SLOW).toBe('Save to shortlist');
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      await expect.poll(() => button.textContent()).toBe('Remove from shortlist');
    }
    await page.goto(`${baseUrl}/services/shortlist/`, SLOW);
    await page.locator('#shortlist-list[data-ready="true"]').waitFor({ state: 'attached', ...SLOW });
    const ids = await page.locator('#shortlist-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['id']));
    expect(ids).toEqual(saved.map((s) => s.id));
    const link = await page.inputValue('#share-link');
    expect(new URL(link).searchParams.get('ids')).toBe(saved.map((s) => s.id).join(','));
    const email = new URLSearchParams((await page.locator('#email-shortlist').getAttribute('href'))!.slice('mailto:'.length));
    for (const s of saved) expect(email.get('body')).toContain(`${s.name}\n   ${new URL(`/services/${s.id}/`, baseUrl).href}`);
    expect(email.get('body')).toContain(link);

    // Printed: the condition of the service that is free for some, in full, and who the sibling service is for.
    await page.emulateMedia({ media: 'print' });
    const condition = page.locator(`#shortlist-list > li[data-id="${freeForSome!.id}"] [data-slot="condition"]`);
    expect(await condition.isVisible()).toBe(true);
    expect(await condition.textContent()).toBe(`${COST_LABEL['free-for-some']}: ${freeForSome!.cost_details}`);
    expect(await page.locator(`#shortlist-list > li[data-id="${forSiblings!.id}"] [data-slot="for"]`).textContent()).toBe(AUDIENCE_LABEL.siblings);
    expect(await page.locator('#share').isVisible()).toBe(false);
    await phone.context.close();

    // Another phone: a new browser with nothing stored.
    const other = await slowPhone(browser);
    await other.page.goto(link, SLOW);
    await other.page.locator('#shortlist-list[data-ready="true"]').waitFor({ state: 'attached', ...SLOW });
    expect(await other.page.locator('#shortlist-title').textContent()).toBe('A shortlist shared with you');
    expect(await other.page.locator('#shortlist-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['id']))).toEqual(saved.map((s) => s.id));
    expect(await other.page.evaluate(() => localStorage.length)).toBe(0);
    await tabTo(other.page, other.page.locator('#save-shared'));
    await other.page.keyboard.press('Enter');
    await expect.poll(() => other.page.locator('#shortlist-title').textContent()).toBe('Your shortlist');
    expect(JSON.parse((await other.page.evaluate(() => localStorage.getItem('local-offer-shortlist')))!)).toEqual(saved.map((s) => s.id));
    expect(new URL(other.page.url()).search).toBe('');
    await other.context.close();
  });
});
