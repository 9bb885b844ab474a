/**
 * The Local Offer's information pages on the frozen sample's build: what our
 * Local Offer includes, contact and getting the information without the
 * internet, have your say and the yearly comments, the privacy notice (and
 * that what it says is true), the accessibility statement and the release
 * calendar with its iCalendar feed. Expectations come from the sample's own
 * files, read with the code the site uses.
 */
import { contentGuides } from '../support/site';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { SAMPLE_CONTENT, SAMPLE_DATA, SAMPLE_TODAY } from '../sample/sample-area';
import { readFileSync } from 'node:fs';
import { CHANGES_FILE, readChanges } from '../../src/core/history/changes';
import { readGlossary } from '../../src/content/glossary/glossary';
import { ABBREVIATION_ALLOW_LIST } from '../../src/content/glossary/abbreviations';
import { site } from '../../src/config/site.node.ts';
import { readTextTree } from '../../src/core/files.node.ts';

import { readUpdateFrontmatter } from '../../src/content/updates/updates';
import { SHARED_PARAM, SHORTLIST_KEY } from '../../src/directory/shortlist';
import { sentences } from '../../src/listen/sentences';
import { formatsWords } from '../../src/local-offer/accessibility';
import { loadSchedule2 } from '../../src/local-offer/schedule-2.node.ts';
import { localOfferStrings } from '../../src/config/strings/en-local-offer';
import { stringsFor } from '../../src/config/strings';
import { ROOT_LANGUAGE } from '../../src/core/languages';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Opens a page; `beforeLoad` runs before it loads, to see every request it makes while loading. */
async function open(path: string, javaScriptEnabled = false, beforeLoad?: (page: Page) => void): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  beforeLoad?.(page);
  const response = await page.goto(baseUrl + path);
  expect(response?.status()).toBe(200);
  return page;
}

const text = async (page: Page, selector = 'main') => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ');

/** The sentences of a page's paragraphs and list items longer than 25 words (plain English). */
async function longSentences(page: Page): Promise<string[]> {
  const blocks = await page.locator('main p, main li').evaluateAll((els) => els.map((el) => [...el.childNodes].filter((n) => n.nodeName !== 'UL').map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim()));
  return blocks.flatMap((b) => sentences(b, 'en').map((s) => s.text)).filter((s) => s.split(/\s+/).length > 25);
}

const guides = contentGuides(SAMPLE_CONTENT);
const comments = readTextTree(join(SAMPLE_CONTENT, 'updates'), ['.md', '.mdx'])
  .map((u) => ({ id: u.path.split('/').pop()!.replace(/\.mdx?$/, ''), data: readUpdateFrontmatter(u.path, u.source).value! }))
  .filter((u) => u.data.type === 'you-said-we-did');

describe('every page links to the information pages in its footer', () => {
  it.each(['/', '/guides/if-you-disagree/', '/services/', '/pl/'])('%s', async (path) => {
    const page = await open(path);
    const footer = page.locator('footer');
    // In the page's own language (the pages they lead to are in English, and a translated page says so).
    const lang = (await page.locator('html').getAttribute('lang'))!;
    const t = stringsFor(lang).footer;
    for (const link of localOfferStrings.footer) {
      const a = footer.locator(`a[href="${link.href}"]`);
      expect(await a.count()).toBe(1);
      expect(await a.textContent()).toBe(lang === ROOT_LANGUAGE ? t.information[link.key] : `${t.information[link.key]} (${t.inEnglish})`);
    }
    if (lang !== ROOT_LANGUAGE) expect(t.information.contact).not.toBe(stringsFor(ROOT_LANGUAGE).footer.information.contact);
    await page.context().close();
  });
});

describe('What our Local Offer includes', () => {
  it('lists every paragraph of Schedule 2 with links to where the site answers it', async () => {
    const page = await open('/local-offer/');
    const paragraphs = loadSchedule2().value;
    expect(await page.locator('.coverage-item').count()).toBe(paragraphs.length);
    for (const p of paragraphs) {
      const item = page.locator(`#${p.key}`);
      expect(await item.locator('h2').textContent()).toContain(p.topic);
      const answering = guides.filter((g) => g.data.schedule2?.includes(p.key));
      for (const g of answering) expect(await item.locator(`a[href="/guides/${g.slug}/"]`).count()).toBe(1);
      expect(await item.locator('.coverage-answers a').count()).toBeGreaterThan(0);
      // A paragraph with its official wording links to itself; one without says so (our words are not the
      // law's, and its number is not checked either) and links to the whole schedule.
      const law = p.wording ? `https://www.legislation.gov.uk/uksi/2014/1530/schedule/2/paragraph/${p.paragraph}` : 'https://www.legislation.gov.uk/uksi/2014/1530/schedule/2';
      expect(await item.locator(`a[href="${law}"]`).count(), p.key).toBe(1);
      expect((await item.textContent())!.includes(localOfferStrings.coverage.notChecked), p.key).toBe(!p.wording);
    }
    // Every link to the site goes to a page that exists.
    const hrefs = await page.locator('.coverage-answers a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of new Set(hrefs)) expect((await fetch(baseUrl + href)).status).toBe(200);
    expect(await text(page)).toContain('Open Government Licence v3.0');
    await page.context().close();
  });
});

describe('Contact us, and getting the information without the internet (regulation 57)', () => {
  it('gives the phone number, where to visit, the address, printed copies and other formats from the configuration', async () => {
    const page = await open('/contact/');
    const main = await text(page);
    expect(await page.locator(`main a[href^="tel:"]`).textContent()).toBe(site.contact.phone);
    for (const detail of [site.contact.visit!, site.contact.address, site.contact.email, site.contact.phoneHours!]) expect(main.toLowerCase()).toContain(detail.toLowerCase());
    expect(main).toContain('printed copy of any page');
    for (const format of site.contact.otherFormats) expect(main).toContain(format);
    expect(main.toLowerCase()).toContain('without using the internet');
    await page.context().close();
  });
});

describe('Have your say (regulation 56)', () => {
  it('says how to comment with the configured channels, names no online form the council has not got, and says what happens next', async () => {
    const page = await open('/have-your-say/');
    expect(site.contact.form).toBeUndefined();
    expect(await page.locator('[data-channel="form"]').count()).toBe(0);
    expect(await page.locator('[data-channel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')))).toEqual(['email', 'phone', 'post']);
    expect(await text(page)).toContain(`we will reply within ${site.contact.replyWithinWorkingDays} working days`);
    const years = [...new Set(comments.map((c) => c.data.date.slice(0, 4)))];
    for (const year of years) expect(await page.locator(`a[href="/have-your-say/comments/${year}/"]`).count()).toBe(1);
    await page.context().close();
  });

  it('publishes each year\'s comments and our response, from the "You said, we did" updates', async () => {
    const year = comments[0]!.data.date.slice(0, 4);
    const page = await open(`/have-your-say/comments/${year}/`);
    expect(await page.locator('h1').textContent()).toBe(`Comments on the Local Offer and our response, ${year}`);
    const ofYear = comments.filter((c) => c.data.date.startsWith(year));
    expect(await page.locator('.ysd-list > li').count()).toBe(ofYear.length);
    const main = await text(page);
    for (const c of ofYear) {
      expect(main).toContain(c.data.you_said!);
      expect(main).toContain(c.data.we_did!);
      expect(await page.locator(`a[href="/updates/${c.id}/"]`).count()).toBe(1);
    }
    // People write "EHC plan" as they say it: each abbreviation in the comments is explained from the jargon buster.
    const glossary = readGlossary(readFileSync(join(SAMPLE_CONTENT, 'glossary.csv')), 'glossary.csv').value;
    const said = ofYear.flatMap((c) => [c.data.title, c.data.you_said!, c.data.we_did!]).join(' ');
    const used = glossary.filter((e) => e.abbreviation && !ABBREVIATION_ALLOW_LIST.includes(e.abbreviation) && new RegExp(`\\b${e.abbreviation}s?\\b`).test(said));
    const explained = await page.locator('.words-list dt a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    for (const e of used) expect(explained).toContainEqual([e.abbreviation, `/glossary/#${e.slug}`]);
    await page.context().close();
  });
});

describe('the privacy notice', () => {
  it('says what is stored and sent, and it is true: saving a service stores it under that name, with no cookie and no request to another site', async () => {
    const notice = await open('/privacy/');
    const words = await text(notice);
    expect(words).toContain(`"${SHORTLIST_KEY}"`);
    expect(words).toContain('This website does not use cookies.');
    expect(words).toContain('does not use any analytics');
    expect(words).toContain(site.privacy.hostLogs!);
    expect(words).toContain(`in its address (the part after ?${SHARED_PARAM}=)`);
    expect(await notice.locator('main a[href="https://ico.org.uk/make-a-complaint/"]').count()).toBe(1);
    expect(words).toContain(site.privacy.noticeUrl ? `${site.council}'s full privacy notice` : `Ask us for ${site.council}'s full privacy notice.`);
    expect(await longSentences(notice)).toEqual([]);
    await notice.context().close();

    // Listening from before the page loads, so what it fetches while loading counts too.
    const seen: string[] = [];
    const page = await open('/services/', true, (p) => p.on('request', (r) => seen.push(r.url())));
    // It saw the page itself being asked for, so it was listening from the start.
    expect(seen[0]).toBe(`${baseUrl}/services/`);
    const others = () => seen.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:'));
    const button = page.locator('.shortlist-button').first();
    const id = await button.getAttribute('data-shortlist-id');
    await button.click();
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SHORTLIST_KEY)) ?? '[]')).toEqual([id]);
    expect(await page.context().cookies()).toEqual([]);
    expect(others()).toEqual([]);
    await page.context().close();
  });
});

describe('the accessibility statement', () => {
  it('says "partially compliant" without a manual audit, lists the translations no translator has checked, and gives its dates', async () => {
    expect(site.accessibility.audit).toBeUndefined();
    const page = await open('/accessibility/');
    expect(await page.locator('[data-compliance]').getAttribute('data-compliance')).toBe('partially');
    const main = await text(page);
    expect(main).not.toContain('fully compliant');
    expect(main).toContain('No person has yet checked this website');
    const unchecked = readTextTree(SAMPLE_CONTENT, ['.mdx']).filter((f) => /\/[a-z]{2}\/guides\//.test(f.path) && /^checked_by:\s*$/m.test(f.source));
    expect(unchecked.length).toBeGreaterThan(0);
    expect(main).toContain('A qualified translator has not yet checked some translations');
    // Only the formats the sample lists, and no other.
    expect(main).toContain(formatsWords(site.contact.otherFormats));
    expect(await longSentences(page)).toEqual([]);
    expect(main).toContain(`It was last reviewed on ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(site.accessibility.reviewed))}`);
    await page.context().close();
  });
});

describe('the release calendar', () => {
  it('lists every planned publication with a team to contact, and its iCalendar feed has one event for each', async () => {
    const page = await open('/data/calendar/');
    const items = await page.locator('.calendar-list > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect(items.length).toBeGreaterThan(10);
    const contacts = await page.locator('main .dataset-list a[href^="mailto:"]').allTextContents();
    expect(contacts.length).toBeGreaterThan(0);
    expect(new Set(contacts)).toEqual(new Set([site.releases!.contact, ...Object.values(site.releases!.contacts)]));
    expect(await page.locator('a[href="/data/calendar.ics"]').count()).toBe(1);
    expect(await page.locator('a[href="/updates/rss.xml"]').count()).toBe(1);
    await page.context().close();

    const response = await fetch(`${baseUrl}/data/calendar.ics`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.uid.split('@')[0])).toEqual(items);
  });
});

describe('the release calendar on its pinned day', () => {
  const changes = readChanges(readFileSync(join(SAMPLE_DATA, CHANGES_FILE)), CHANGES_FILE, SAMPLE_TODAY).value;

  it('shows a late publication as late, with the reason its change-log line gives, on the page and in the feed', async () => {
    const page = await open('/data/calendar/');
    const late = await page.locator('[data-late-id]').evaluateAll((lis) => lis.map((li) => ({ id: li.getAttribute('data-late-id') ?? '', text: (li.textContent ?? '').replace(/\s+/g, ' ') })));
    // The late ones a change-log line explains: its `what` is the end of the publication's id.
    const explained = late.flatMap((l) => changes.filter((c) => c.what.some((w) => l.id.endsWith(`-${w}`))).map((c) => ({ ...l, why: c.why })));
    expect(explained.length).toBeGreaterThan(0);
    for (const { id, text: said, why } of explained) {
      expect(said).toContain(why);
      expect(await page.locator(`[id="${id}"]`).textContent()).toContain(localOfferStrings.calendar.lateMark);
    }
    expect(await text(page, '#late-heading')).toBe(localOfferStrings.calendar.late(late.length));
    await page.context().close();

    const events = new ICAL.Component(ICAL.parse(await (await fetch(`${baseUrl}/data/calendar.ics`)).text())).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    for (const { id, why } of explained) {
      const event = events.find((e) => e.uid.startsWith(`${id}@`))!;
      expect(event.summary.startsWith('Late: ')).toBe(true);
      expect(event.description).toContain(why);
      expect(event.component.getFirstPropertyValue('sequence')).toBe(2);
    }
  });

  it('explains the abbreviations in the names of what it publishes, from the jargon buster', async () => {
    const glossary = readGlossary(readFileSync(join(SAMPLE_CONTENT, 'glossary.csv')), 'glossary.csv').value;
    const page = await open('/data/calendar/');
    const names = (await page.locator('.dataset-list h3').allTextContents()).join(' ');
    const used = glossary.filter((e) => e.abbreviation && new RegExp(`\\b${e.abbreviation}\\b`).test(names));
    expect(used.length).toBeGreaterThan(0);
    const explained = await page.locator('.words-list dt a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    for (const e of used) expect(explained).toContainEqual([e.abbreviation, `/glossary/#${e.slug}`]);
    // Near the top: before what we publish.
    expect(await page.locator('main h2').first().textContent()).not.toBe(localOfferStrings.calendar.datasetsHeading);
    await page.context().close();
  });
});
