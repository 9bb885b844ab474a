import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { contentDir } from '../../src/core/files.node.ts';
import { UPDATE_TYPE_SINGULAR } from '../../src/content/updates/pages';
import { UPDATE_TYPES, UPDATE_TYPE_LABELS, readUpdateFrontmatter, type UpdateFrontmatter } from '../../src/content/updates/updates';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// The frozen sample's updates (CONTENT_DIR), read with the same code the site uses.
const DIR = join(contentDir(), 'updates');
const shipped = readdirSync(DIR)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => ({ id: f.replace(/\.mdx?$/, ''), data: readUpdateFrontmatter(`${DIR}/${f}`, readFileSync(`${DIR}/${f}`, 'utf8')).value as UpdateFrontmatter }));

async function listed(path: string) {
  const page = await browser.newPage();
  await page.goto(baseUrl + path);
  const items = await page.locator('.update-list > li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      date: li.querySelector('time')?.getAttribute('datetime') ?? '',
      meta: li.querySelector('.update-meta')?.textContent ?? '',
      ysd: li.querySelector('.ysd')?.textContent ?? '',
    })),
  );
  const current = await page.locator('nav[aria-label="Types of update"] a[aria-current="page"]').allTextContents();
  const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  const feedLink = (await feed.count()) > 0 ? await feed.getAttribute('href') : null;
  const rssVisible = await page.getByRole('link', { name: 'Get updates by RSS' }).isVisible();
  await page.close();
  return { items, current, feedLink, rssVisible };
}

const isNewestFirst = (dates: string[]) => dates.every((d, i) => i === 0 || dates[i - 1]! >= d);

describe('the updates pages', () => {
  it('/updates/ lists every update, newest first, with the RSS feed linked in the head and on the page', async () => {
    const { items, current, feedLink, rssVisible } = await listed('/updates/');
    expect(items).toHaveLength(shipped.length);
    expect(shipped.length).toBeGreaterThanOrEqual(8);
    expect(isNewestFirst(items.map((i) => i.date))).toBe(true);
    expect(items[0]?.date).toBe(shipped.map((u) => u.data.date).sort().at(-1));
    expect(current).toEqual(['All updates']);
    expect(feedLink).toBe('/updates/rss.xml');
    expect(rssVisible).toBe(true);
    // "You said, we did" entries show both halves.
    const phone = items.find((i) => i.href === '/updates/2026-10-20-you-said-phone-line/');
    expect(phone?.ysd).toContain('You said');
    expect(phone?.ysd).toContain('hard to get through to the SEND team');
    expect(phone?.ysd).toContain('We did');
    expect(phone?.ysd).toContain('call you back the same day');
  });

  it.each(UPDATE_TYPES)('/updates/type/%s/ lists only that type, newest first, and marks its link as current', async (type) => {
    const { items, current, feedLink } = await listed(`/updates/type/${type}/`);
    const expected = shipped.filter((u) => u.data.type === type);
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((i) => i.href).sort()).toEqual(expected.map((u) => `/updates/${u.id}/`).sort());
    for (const item of items) expect(item.meta).toContain(UPDATE_TYPE_SINGULAR[type]);
    expect(isNewestFirst(items.map((i) => i.date))).toBe(true);
    expect(current).toEqual([UPDATE_TYPE_LABELS[type]]);
    expect(feedLink).toBe('/updates/rss.xml');
  });

  it('each update has its own page with its body text', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/updates/2026-07-08-you-said-easy-read/`);
    expect(await page.locator('h1').textContent()).toBe('You said, we did: guides for young people');
    expect(await page.locator('main').textContent()).toContain('Eight young people aged 14 to 22 took part in four workshops');
    expect(await page.locator('main .ysd').textContent()).toContain('Northbrook Youth Voice group');
    expect(await page.locator('main time').first().getAttribute('datetime')).toBe('2026-07-08');
    await page.close();
  });

  it('the RSS feed is valid XML listing every update, newest first', async () => {
    const response = await fetch(`${baseUrl}/updates/rss.xml`);
    expect(response.ok).toBe(true);
    const xml = await response.text();
    const page = await browser.newPage();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        title: doc.querySelector('channel > title')?.textContent,
        items: [...doc.querySelectorAll('item')].map((i) => ({
          title: i.querySelector('title')?.textContent ?? '',
          link: i.querySelector('link')?.textContent ?? '',
          pubDate: i.querySelector('pubDate')?.textContent ?? '',
          description: i.querySelector('description')?.textContent ?? '',
        })),
      };
    }, xml);
    await page.close();
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.title).toContain('Northbrook');
    expect(feed.items).toHaveLength(shipped.length);
    const byLink = new Map(feed.items.map((i) => [new URL(i.link).pathname, i]));
    for (const u of shipped) {
      expect(byLink.get(`/updates/${u.id}/`)?.title).toBe(u.data.title);
    }
    const times = feed.items.map((i) => new Date(i.pubDate).getTime());
    expect(times.every((t, i) => i === 0 || times[i - 1]! >= t)).toBe(true);
    expect(byLink.get('/updates/2026-10-20-you-said-phone-line/')?.description).toContain('You said:');
  });

  it('the home page shows the latest 3 updates', async () => {
    const { items } = await listed('/');
    const newest = [...shipped].sort((a, b) => b.data.date.localeCompare(a.data.date)).slice(0, 3);
    expect(items.map((i) => i.href)).toEqual(newest.map((u) => `/updates/${u.id}/`));
  });

  it('a data release states the figures the EHCP page shows, and the schedule the site is configured with', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/data/ehcp-timeliness/`);
    const october = page.locator('#ehcp tbody tr', { has: page.locator('th', { hasText: /^October 2026/ }) });
    const [issued, within] = await october.locator('td').allTextContents();
    await page.goto(`${baseUrl}/updates/2026-11-02-ehcp-timeliness-october-2026/`);
    const body = (await page.locator('.update-body').textContent()) ?? '';
    expect(body).toContain(`New EHC plans issued: ${issued}`);
    expect(body).toContain(`Issued within 20 weeks: ${within} (`);
    expect(await page.locator('.lede').textContent()).toContain(`we issued ${issued} new EHC plans`);
    expect(body).toContain('will be published by 20 December 2026');
    await page.goto(`${baseUrl}/guides/ehcp-process/`);
    expect(await page.locator('article').textContent()).toContain('figures by the 20th of the following month');
    await page.close();
  });
});
