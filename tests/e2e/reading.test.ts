/**
 * The smaller things a screen reader or a phone meets (issue 26): tools named
 * in guides are links, phone numbers are tap-to-call, English words in Urdu
 * and Arabic guides have lang, charts follow forced colours, captions on
 * /data/compare/ are distinct, decoration is silent, and progress tags are
 * read apart. Expectations come from the project's code and the frozen sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentDir } from '../../src/core/files.node.ts';
import { isUkPhone, PHONE_IN_TEXT, telHref } from '../../src/core/contact';
import { site } from '../../src/config/site.node.ts';
import { siteFacts } from '../../src/config/facts';
import { factTags } from '../../src/content/facts/facts';
import { siteLanguages } from '../../src/core/languages';
import { linkedTools } from '../../src/content/guides/tool-links';
import { useBrowser } from '../support/browser';
import { builtPage } from '../support/site';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Guides in the frozen sample, in English and in each language. */
function guideFiles(folder: string): { slug: string; source: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), source: readFileSync(join(folder, f), 'utf8') }));
}

describe('guides', () => {
  it('link every tool they link in their source, and the page has the link', () => {
    const linking = guideFiles(join(contentDir(), 'guides')).filter((g) => linkedTools(g.source).size > 0);
    expect(linking.length).toBeGreaterThanOrEqual(2);
    for (const g of linking) {
      const hrefs = builtPage(`/guides/${g.slug}/`).querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const tool of linkedTools(g.source)) expect(hrefs, g.slug).toContain(tool);
    }
  });

  it('make every UK phone number in their text a tap-to-call link, in English and in translations', () => {
    // Typed (a council's own guide may type one), or given by a fact from the configuration, as the national guides do.
    const facts = new Map(siteFacts(site));
    const languages = siteLanguages(site.languages).filter((l) => !l.isRoot);
    const folders = [{ prefix: '', folder: join(contentDir(), 'guides') }, ...languages.map((l) => ({ prefix: `/${l.path}`, folder: join(contentDir(), l.path, 'guides') }))];
    let numbers = 0;
    for (const { prefix, folder } of folders) {
      let guides: { slug: string; source: string }[];
      try {
        guides = guideFiles(folder);
      } catch {
        continue;
      }
      for (const g of guides) {
        const typed = [
          ...[...g.source.matchAll(PHONE_IN_TEXT)].map((m) => m[0]).filter(isUkPhone),
          ...factTags(g.source).filter((t) => /[.-]phone$/.test(t.name)).flatMap((t) => facts.get(t.name) ?? []),
        ];
        const links = builtPage(`${prefix}/guides/${g.slug}/`).querySelectorAll('main a[href^="tel:"]').map((a) => a.getAttribute('href'));
        for (const phone of typed) expect(links, `${prefix}/guides/${g.slug}/ ${phone}`).toContain(telHref(phone));
        numbers += typed.length;
      }
    }
    expect(numbers).toBeGreaterThan(5);
  });

  it('the footer and the home page give the phone number as a tap-to-call link', () => {
    for (const path of ['/', '/services/', '/tools/ehcp-timeline/']) {
      expect(builtPage(path).querySelectorAll('a[href^="tel:"]').map((a) => a.getAttribute('href')), path).toContain(telHref(site.contact.phone));
    }
    expect(builtPage('/').querySelector('main a[href^="tel:"]')?.getAttribute('href')).toBe(telHref(site.contact.phone));
  });

  it('in right-to-left languages mark English words such as "(bank holidays)" with lang', () => {
    const rtl = siteLanguages(site.languages).filter((l) => l.dir === 'rtl');
    expect(rtl.length).toBeGreaterThan(0);
    let marked = 0;
    for (const lang of rtl) {
      for (const g of guideFiles(join(contentDir(), lang.path, 'guides'))) {
        const page = builtPage(`/${lang.path}/guides/${g.slug}/`);
        // Every text with a Latin letter in the guide's body sits inside an element with lang (or is code).
        const body = page.querySelector('.guide-body')!;
        const latin = body.querySelectorAll('*').flatMap((el) => el.childNodes.filter((n) => n.nodeType === 3 && /\p{Script=Latin}/u.test(n.rawText)).map((n) => ({ el, text: n.rawText })));
        for (const { el, text } of latin) {
          let at: typeof el | null = el;
          while (at && !at.getAttribute('lang')) at = at.parentNode as typeof el | null;
          expect(at?.getAttribute('lang'), `/${lang.path}/guides/${g.slug}/: "${text}"`).toBe('en-GB');
        }
        marked += latin.length;
      }
    }
    expect(marked).toBeGreaterThan(10);
  });
});

describe('charts in forced-colours mode', () => {
  it('are drawn in the system colours, and again when the mode changes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/data/ehcp-timeliness/`);
    const canvas = page.locator('.chart-box canvas');
    await canvas.waitFor({ state: 'visible' });
    expect(await canvas.getAttribute('data-text-colour')).toBe('#0b0c0c');
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const canvasText = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    await expect.poll(() => canvas.getAttribute('data-text-colour')).toBe(canvasText);
    const fresh = await context.newPage();
    await fresh.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await fresh.goto(`${baseUrl}/data/ehcp-timeliness/`);
    await fresh.locator('.chart-box canvas').waitFor({ state: 'visible' });
    expect(await fresh.locator('.chart-box canvas').getAttribute('data-text-colour')).toBe(canvasText);
    await context.close();
  });
});

describe('what is read aloud', () => {
  it('/data/compare/ gives every table its own caption, and every region its own name', () => {
    const page = builtPage('/data/compare/');
    const captions = page.querySelectorAll('caption').map((c) => c.textContent.replace(/\s+/g, ' ').trim());
    expect(captions.length).toBeGreaterThan(10);
    expect(new Set(captions).size).toBe(captions.length);
    const regions = page.querySelectorAll('[role="region"]').map((r) => page.querySelector(`#${r.getAttribute('aria-labelledby')}`)?.textContent.trim());
    expect(new Set(regions).size).toBe(regions.length);
  });

  it('decoration added by CSS ("—", "·", "›") has empty alternative text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/services/shortlist/`);
    const styles = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).filter((t) => /::before/.test(t) && /content:/.test(t)),
    );
    const decorations = styles.filter((t) => /content: "(—|·|›)"/.test(t));
    expect(decorations.length).toBeGreaterThan(0);
    for (const rule of decorations) expect(rule).toMatch(/content: "(—|·|›)" \/ ""/);
    await context.close();
  });

  it('on /progress/, "Overdue" and the status are separate items, read apart', () => {
    const items = builtPage('/progress/').querySelectorAll('main li [data-overdue]');
    expect(items.length).toBeGreaterThan(0);
    for (const tag of items) {
      const list = tag.closest('ul')!;
      expect(list.querySelectorAll(':scope > li').length).toBe(2);
      expect(list.querySelector('[data-status]')?.closest('li')).not.toBe(tag.closest('li'));
    }
  });
});
