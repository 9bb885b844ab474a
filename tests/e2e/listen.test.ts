/**
 * "Listen to this page" (src/listen/) in Chromium, with a scripted stand-in
 * for the browser's speech put into each page before it loads
 * (src/listen/__fixtures__/speech-stand-in.js): what is read and in which
 * language and voice, the highlight, pause, resume, stop and speed by
 * keyboard, axe in every state, the message when the device has no voice,
 * no layout shift, and no request to another site. Pages are found through
 * the project's own readers of content/ and data/, never by name.
 */
import { readDatasetOnDisk } from '../../src/build/read-on-disk.node.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { axeViolations, WCAG_AA } from '../support/axe';
import { builtPage, contentGuides, sitemapPaths } from '../support/site';
import { contentDir, dataDir, readTextTree } from '../../src/core/files.node.ts';
import { buildDate } from '../../src/core/build-date';

import { readFrontmatterWith } from '../../src/content/frontmatter';
import { translationRoute, translationSchema } from '../../src/i18n/translations';
import { siteLanguages, ROOT_LANGUAGE } from '../../src/core/languages';
import { stringsFor } from '../../src/config/strings';
import { site } from '../../src/config/site.node.ts';
import { formatDuration } from '../../src/listen/recording';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const STAND_IN = readFileSync(join(import.meta.dirname, '../../src/listen/__fixtures__/speech-stand-in.js'), 'utf8');

interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}
interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}
interface StandIn {
  log: { spoken: Spoken[]; calls: string[] };
  finish(): void;
  current(): string | null;
}
type TestWindow = Window & { __speech: StandIn; __shifts: { value: number; input: boolean }[] };

/** A voice on the device for each of the site's languages, and one English voice on the network, which must never be used. */
const DEVICE_VOICES: Voice[] = [
  { name: 'Network English', lang: 'en-US', localService: false, default: true },
  { name: 'Device English', lang: 'en-GB', localService: true },
  { name: 'Device Polish', lang: 'pl-PL', localService: true },
  { name: 'Device Urdu', lang: 'ur-PK', localService: true },
  { name: 'Device Arabic', lang: 'ar-SA', localService: true },
  { name: 'Device Somali', lang: 'so-SO', localService: true },
];

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

// Pages, found through the project's readers.
const guides = contentGuides(contentDir()).map((g) => ({ path: `/guides/${g.slug}/`, data: g.data }));
const standard = guides.find((g) => g.data.format === 'standard')!;
const easyRead = guides.find((g) => g.data.format === 'easy-read');
const recorded = guides.find((g) => g.data.audio !== undefined);
const { services } = readDatasetOnDisk('directory', dataDir(), buildDate()).value;
const service = services[0];
const translated = siteLanguages(site.languages)
  .filter((l) => !l.isRoot)
  .flatMap((lang) => {
    const file = readTextTree(join(contentDir(), lang.path, 'guides'), ['.mdx', '.md'])[0];
    if (!file) return [];
    const route = translationRoute(file.path.slice(file.path.lastIndexOf(`${lang.path}/guides/`) + lang.path.length + 1))!;
    const data = readFrontmatterWith(translationSchema, file.path, file.source, 'title').value!;
    return [{ lang, path: `/${lang.path}/guides/${route.slug}/`, title: data.title, summary: data.summary }];
  });
const sitemap = sitemapPaths();
/** A long guide: one with a contents list, so headings appear twice on the page (list and heading). */
const longGuide = guides.find((g) => builtPage(g.path).querySelector('nav.contents-list')) ?? standard;
/** A figure page: a chart's summary and a table with a caption. */
const figurePath = sitemap.find((p) => {
  const html = p.startsWith('/data/') ? builtPage(p) : undefined;
  return html?.querySelector('[data-listen]') && html.querySelector('figure table caption');
});

/** Every request a page made to another origin. */
let elsewhere: string[] = [];
afterEach(() => {
  expect(elsewhere, 'requests to another site').toEqual([]);
  elsewhere = [];
});

async function open(path: string, options: { voices?: Voice[]; autoEndMs?: number; none?: boolean; width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== baseUrl) elsewhere.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) elsewhere.push(`CSP: ${m.text()}`);
  });
  await page.addInitScript((o) => Object.assign(window, { __speechOptions: o }), { voices: options.voices ?? DEVICE_VOICES, autoEndMs: options.autoEndMs, none: options.none ?? false });
  await page.addInitScript({ content: STAND_IN });
  await page.addInitScript(() => {
    const shifts: { value: number; input: boolean }[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) shifts.push({ value: e.value, input: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  if (options.javaScriptEnabled !== false && !options.none) await page.locator('[data-listen].is-ready').waitFor();
  return page;
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__speech.log.spoken);
const calls = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__speech.log.calls);
const finish = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__speech.finish());
const saidCount = (page: Page, n: number) => page.waitForFunction((count) => (window as unknown as TestWindow).__speech.log.spoken.length >= count, n);
/** The text the page has highlighted as being read ('' when nothing is). */
const highlighted = (page: Page) => page.evaluate(() => CSS.highlights.get('listen-sentence')?.values().next().value?.toString() ?? '');
const state = (page: Page) => page.locator('[data-listen]').getAttribute('data-state');
const status = (page: Page) => page.locator('[data-listen-status]').textContent();
const playButton = (page: Page) => page.locator('[data-listen-play]');
/** The accessible name of the play button, as a screen reader gets it. */
const playName = async (page: Page) => squash(await playButton(page).evaluate((b) => [...b.querySelectorAll('.listen-face')].filter((f) => getComputedStyle(f).visibility === 'visible').map((f) => f.textContent).join(' ')));

/** Presses play, then ends sentences one by one until what was said covers `words`; returns what was said. */
async function readUntil(page: Page, words: string, max = 12): Promise<Spoken[]> {
  await playButton(page).click();
  await saidCount(page, 1);
  for (let i = 1; i <= max; i++) {
    const said = await spoken(page);
    if (squash(said.slice(1).map((s) => s.text).join(' ')).length >= squash(words).length) return said;
    await finish(page);
    await saidCount(page, i + 1);
  }
  return spoken(page);
}

describe('reads the page’s heading and first paragraph in the page’s language, with a voice on the device', () => {
  const cases = [
    { name: 'a standard English guide', path: standard.path, title: standard.data.title, summary: standard.data.summary, lang: ROOT_LANGUAGE, voice: 'Device English' },
    ...(easyRead ? [{ name: 'an easy-read guide', path: easyRead.path, title: easyRead.data.title, summary: easyRead.data.summary, lang: ROOT_LANGUAGE, voice: 'Device English' }] : []),
    ...translated.map((t) => ({ name: `a guide in ${t.lang.tag}`, path: t.path, title: t.title, summary: t.summary, lang: t.lang.tag, voice: DEVICE_VOICES.find((v) => v.localService && v.lang.startsWith(t.lang.tag))?.name })),
  ];

  it('has a case for Urdu and Somali when the site has them', () => {
    for (const tag of ['ur', 'so'].filter((l) => site.languages.includes(l))) expect(cases.map((c) => c.lang)).toContain(tag);
  });

  it.each(cases)('$name', async ({ path, title, summary, lang, voice }) => {
    const page = await open(path);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // Nothing is said until the button is pressed.
    await page.waitForTimeout(200);
    expect(await spoken(page)).toEqual([]);
    const said = await readUntil(page, summary);
    expect(squash(said[0]!.text)).toBe(squash(title));
    expect(squash(said.slice(1).map((s) => s.text).join(' '))).toBe(squash(summary));
    for (const s of said) expect({ lang: s.lang, voice: s.voice }).toEqual({ lang, voice });
    await page.context().close();
  });

  it('a service page', async () => {
    expect(service, 'the sample has a service').toBeDefined();
    const page = await open(`/services/${service!.id}/`);
    await playButton(page).click();
    await saidCount(page, 1);
    await finish(page);
    await saidCount(page, 2);
    const said = await spoken(page);
    expect(squash(said[0]!.text)).toBe(squash(service!.name));
    expect(said[1]!.text).toContain(service!.organisation);
    expect(said.map((s) => [s.lang, s.voice])).toEqual([[ROOT_LANGUAGE, 'Device English'], [ROOT_LANGUAGE, 'Device English']]);
    await page.context().close();
  });
});

describe('reading order', () => {
  it('reads the main content in order: headings once, paragraphs and lists; not the contents list, the control or the footer', async () => {
    const page = await open(longGuide.path, { autoEndMs: 2 });
    await playButton(page).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe(stringsFor(ROOT_LANGUAGE).listen.status.finished);
    const said = (await spoken(page)).map((s) => squash(s.text));
    const main = squash(await page.locator('main').textContent());
    let at = 0;
    for (const text of said) {
      const found = main.indexOf(text, at);
      expect(found, `"${text}" comes later on the page than what was read before it`).toBeGreaterThanOrEqual(at);
      at = found + text.length;
    }
    const headings = (await page.locator('.guide-body h2').allTextContents()).map(squash);
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(said.filter((s) => s === h), h).toHaveLength(1);
    const items = (await page.locator('.guide-body li').allTextContents()).map(squash).filter((t) => t !== '');
    if (items.length > 0) expect(said.some((s) => items[0]!.startsWith(s))).toBe(true);
    const t = stringsFor(ROOT_LANGUAGE);
    for (const never of [t.guide.contents, t.listen.start, t.footer.contactHeading, t.skipLink]) expect(said).not.toContain(never);
    await page.context().close();
  });

  it('on a figure page, reads the chart’s summary sentence and the table’s caption, but no table cell', async () => {
    expect(figurePath, 'the sample has a figure page').toBeDefined();
    const page = await open(figurePath!, { autoEndMs: 2 });
    await playButton(page).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe(stringsFor(ROOT_LANGUAGE).listen.status.finished);
    const said = (await spoken(page)).map((s) => squash(s.text));
    const figure = page.locator('figure:has(table caption)').first();
    const summary = squash(await figure.locator('p.lede').textContent());
    const caption = squash(await figure.locator('table caption').first().textContent());
    expect(said.join(' ')).toContain(summary);
    expect(said.join(' ')).toContain(caption);
    const cells = new Set((await page.locator('main td, main tbody th').allTextContents()).map(squash));
    expect(said.filter((s) => cells.has(s))).toEqual([]);
    await page.context().close();
  });
});

describe('the highlight', () => {
  it('marks the sentence being read, moves with it, keeps it in view, and goes when reading stops', async () => {
    const page = await open(longGuide.path, { width: 320 });
    await playButton(page).click();
    await saidCount(page, 1);
    expect(await highlighted(page)).toBe((await spoken(page))[0]!.text);
    expect(await page.evaluate(() => (CSS.highlights.get('listen-sentence')?.values().next().value as Range | undefined)?.commonAncestorContainer.parentElement?.closest('h1') != null)).toBe(true);
    let farthest = 0;
    for (let i = 2; i <= 40; i++) {
      await finish(page);
      await saidCount(page, i);
      const said = await spoken(page);
      expect(await highlighted(page)).toBe(said.at(-1)!.text);
      const box = await page.evaluate(() => {
        const r = (CSS.highlights.get('listen-sentence')?.values().next().value as Range).getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, scrolled: window.scrollY };
      });
      // In view, and not under the control pinned at the top.
      const pinned = await page.locator('[data-listen]').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(box.top).toBeGreaterThanOrEqual(pinned);
      expect(box.bottom, `sentence ${i}: ${said.at(-1)!.text} ${JSON.stringify(box)}`).toBeLessThanOrEqual(800);
      farthest = Math.max(farthest, box.scrolled);
    }
    expect(farthest).toBeGreaterThan(800);
    // Focusing the pinned control does not scroll the page; what Tab reaches next is not hidden under it.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.locator('[data-listen-speed]').focus();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
    expect(focused).toBeGreaterThanOrEqual(await page.locator('[data-listen]').evaluate((el) => el.getBoundingClientRect().bottom));
    await page.locator('[data-listen-stop]').click();
    expect(await highlighted(page)).toBe('');
    await page.context().close();
  });
});

describe('without the highlight API (Firefox before 140)', () => {
  it('marks the paragraph being read instead, and unmarks it when reading stops', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => Object.defineProperty(window, 'Highlight', { value: undefined, configurable: true }));
    const page = await context.newPage();
    await page.addInitScript((o) => Object.assign(window, { __speechOptions: o }), { voices: DEVICE_VOICES });
    await page.addInitScript({ content: STAND_IN });
    await page.goto(baseUrl + standard.path);
    await page.locator('[data-listen].is-ready').waitFor();
    await playButton(page).click();
    await saidCount(page, 1);
    expect(await page.locator('.listen-current').evaluateAll((els) => els.map((e) => e.localName))).toEqual(['h1']);
    await finish(page);
    await saidCount(page, 2);
    expect(squash(await page.locator('.listen-current').textContent())).toContain(squash((await spoken(page))[1]!.text));
    await page.locator('[data-listen-stop]').click();
    expect(await page.locator('.listen-current').count()).toBe(0);
    await context.close();
  });
});

describe('by keyboard: play, pause, resume, speed and stop', () => {
  it('works with Tab, Enter, Space and the arrow keys, and says what it is doing', async () => {
    const t = stringsFor(ROOT_LANGUAGE).listen;
    const page = await open(standard.path);
    for (let i = 0; i < 60 && !(await playButton(page).evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await playButton(page).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await playName(page)).toBe(t.start);
    // Stop is not reachable before anything is read.
    expect(await page.locator('[data-listen-stop]').isVisible()).toBe(false);

    await page.keyboard.press('Enter');
    await saidCount(page, 1);
    expect(await state(page)).toBe('playing');
    expect(await playName(page)).toBe(t.pause);
    expect(await status(page)).toBe(t.status.playing);
    await finish(page);
    await saidCount(page, 2);

    await page.keyboard.press('Space');
    expect(await state(page)).toBe('paused');
    expect(await playName(page)).toBe(t.resume);
    expect(await status(page)).toBe(t.status.paused);
    expect((await calls(page)).at(-1)).toBe('cancel');
    const second = (await spoken(page))[1]!.text;
    await page.waitForTimeout(100);
    expect(await spoken(page)).toHaveLength(2);
    expect(await highlighted(page)).toBe(second);

    await page.keyboard.press('Enter');
    await saidCount(page, 3);
    expect(await state(page)).toBe('playing');
    // Resumed: the paused sentence again, from its start.
    expect((await spoken(page))[2]!.text).toBe(second);

    await page.keyboard.press('Tab');
    expect(await page.locator('[data-listen-speed]').evaluate((s) => s === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await saidCount(page, 4);
    const faster = (await spoken(page)).at(-1)!;
    expect(faster).toMatchObject({ text: second, rate: 1.25 });

    await page.keyboard.press('Tab');
    expect(await page.locator('[data-listen-stop]').evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await state(page)).toBe('idle');
    expect(await status(page)).toBe(t.status.stopped);
    expect(await highlighted(page)).toBe('');
    // Stop hides itself; focus goes back to the play button.
    expect(await playButton(page).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await playName(page)).toBe(t.start);
    await page.waitForTimeout(100);
    expect(await spoken(page)).toHaveLength(4);
    await page.context().close();
  });
});

describe('axe in every state', () => {
  it.each([1280, 320])('at %ipx: ready, reading, paused, and with no voice', async (width) => {
    const page = await open(standard.path, { width });
    const control = page.locator('[data-listen]');
    expect(await axeViolations(page, WCAG_AA), 'ready').toEqual([]);
    await playButton(page).click();
    await saidCount(page, 1);
    expect(await axeViolations(page, WCAG_AA), 'reading').toEqual([]);
    // The control's buttons are big enough to press (WCAG 2.5.8: 24 by 24 px at least).
    for (const b of await control.locator('button:visible, select').all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await playButton(page).click();
    expect(await state(page)).toBe('paused');
    expect(await axeViolations(page, WCAG_AA), 'paused').toEqual([]);
    await page.context().close();

    const silent = await open(standard.path, { width, voices: [] });
    await playButton(silent).click();
    await silent.locator('[data-listen-novoice]').waitFor();
    expect(await axeViolations(silent, WCAG_AA), 'no voice').toEqual([]);
    expect(await silent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await silent.context().close();
  });
});

describe('when the device has no voice for the page’s language', () => {
  const cases = [{ tag: ROOT_LANGUAGE, path: standard.path }, ...translated.map((t) => ({ tag: t.lang.tag, path: t.path }))];

  it.each(cases)('says so in $tag, says how to add one, and says nothing aloud', async ({ tag, path }) => {
    const t = stringsFor(tag).listen.noVoice;
    // Only a voice on the network for the page's language, and a device voice for another.
    const voices: Voice[] = [
      { name: 'Network voice', lang: tag, localService: false, default: true },
      { name: 'Device other', lang: tag.startsWith('en') ? 'pl-PL' : 'en-GB', localService: true },
    ];
    const page = await open(path, { voices });
    const panel = page.locator('[data-listen-novoice]');
    expect(await panel.isVisible()).toBe(false);
    await playButton(page).click();
    await panel.waitFor();
    expect(await panel.evaluate((p) => p === document.activeElement)).toBe(true);
    const text = squash(await panel.textContent());
    for (const words of [t.heading, t.intro, t.windows.steps, t.android.steps, t.iphone.steps, t.after]) expect(text).toContain(squash(words));
    expect(await panel.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe(tag);
    expect(await spoken(page)).toEqual([]);
    await page.context().close();
  });
});

describe('nothing moves and nothing is shown that cannot work', () => {
  it.each([1280, 320])('at %ipx, no layout shift as the page loads and as the whole page is read', async (width) => {
    const page = await open(longGuide.path, { width, autoEndMs: 2 });
    await page.waitForTimeout(300);
    await playButton(page).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe(stringsFor(ROOT_LANGUAGE).listen.status.finished);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as TestWindow).__shifts);
    const cls = shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
    expect(cls).toBe(0);
    await page.context().close();
  });

  it('without speech in the browser, the control keeps its space but is not shown or reachable', async () => {
    const page = await open(standard.path, { none: true });
    const control = page.locator('[data-listen]');
    expect(await control.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: stringsFor(ROOT_LANGUAGE).listen.start }).count()).toBe(0);
    expect((await control.boundingBox())?.height ?? 0).toBeGreaterThan(0);
    const shifts = await page.evaluate(() => (window as unknown as TestWindow).__shifts);
    expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBe(0);
    await page.context().close();
  });

  it('without JavaScript, the control takes no space', async () => {
    const page = await open(standard.path, { javaScriptEnabled: false });
    expect(await page.locator('[data-listen]').boundingBox()).toBeNull();
    await page.context().close();
  });
});

describe('a guide’s recording', () => {
  it('the sample has a guide with a recording', () => expect(recorded).toBeDefined());
  it('plays the site’s own file in the browser’s player, with what it covers and how long it is, with or without JavaScript', async () => {
    const audio = recorded!.data.audio!;
    for (const javaScriptEnabled of [true, false]) {
      const page = await open(recorded!.path, { javaScriptEnabled });
      const figure = page.locator('figure.listen-recording');
      expect(await figure.locator('audio[controls]').isVisible()).toBe(true);
      expect(await figure.locator('audio source').getAttribute('src')).toBe(audio.file);
      const caption = squash(await figure.locator('figcaption').textContent());
      expect(caption).toContain(squash(audio.description));
      expect(caption).toContain(formatDuration(audio.duration, ROOT_LANGUAGE));
      if (javaScriptEnabled) {
        // A real recording: the browser reads its length from the file, as allowed by the Content Security Policy.
        const seconds = await figure.locator('audio').evaluate(
          (el: HTMLAudioElement) =>
            new Promise<number>((resolve, reject) => {
              el.addEventListener('loadedmetadata', () => resolve(el.duration), { once: true });
              el.addEventListener('error', () => reject(new Error(`the audio did not load: ${el.error?.message ?? el.error?.code}`)), { once: true });
              el.preload = 'metadata';
              el.load();
            }),
        );
        expect(Math.abs(seconds - audio.duration)).toBeLessThan(1.5);
      }
      await page.context().close();
    }
  });
});
