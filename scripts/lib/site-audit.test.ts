import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { brokenLinks, budgetFor, checkBudget, inlineCode, internalRefs, pageAssets, pageWeight, thirdPartyLoads } from './site-audit';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('page weight and budgets', () => {
  it('finds the stylesheets and scripts a page loads', () => {
    const html = page('<script type="module" src="/_astro/a.js"></script>', '<link rel="stylesheet" href="/_astro/s.css"><link rel="canonical" href="https://x.example/">');
    expect(pageAssets(html)).toEqual([{ url: '/_astro/s.css', kind: 'css' }, { url: '/_astro/a.js', kind: 'js' }]);
  });

  it('gives guide pages 40 KB with at most 5 KB of JavaScript, data pages 120 KB', () => {
    expect(budgetFor('/guides/annual-reviews/')).toEqual({ type: 'guide', maxKb: 40, maxJsKb: 5 });
    expect(budgetFor('/data/ehcp-timeliness/').maxKb).toBe(120);
    expect(budgetFor('/services/').maxKb).toBe(150);
  });

  it('gives translated guides the guide budget, and a language home page the page budget', () => {
    expect(budgetFor('/ur/guides/ehcp-process/')).toEqual({ type: 'guide', maxKb: 40, maxJsKb: 5 });
    expect(budgetFor('/pt-br/guides/x/').type).toBe('guide');
    expect(budgetFor('/ur/').type).toBe('page');
  });

  it('fails a page over its budget, and a guide that loads more than a little script', () => {
    // Random bytes do not compress, so 60 KB stays about 60 KB gzipped.
    const random = new Uint8Array(randomBytes(60 * 1024));
    const html = page('<script src="/_astro/big.js"></script>');
    const weight = pageWeight(html, (url) => (url === '/_astro/big.js' ? random : undefined));
    expect(weight.js).toBeGreaterThan(50 * 1024);
    const result = checkBudget('/guides/x/', weight, true);
    expect(result.problems).toEqual([
      expect.stringMatching(/^\/guides\/x\/ weighs \d+\.\d KB gzipped; the budget for a guide page is 40 KB\.$/),
      expect.stringMatching(/^\/guides\/x\/ loads 6\d\.\d KB of JavaScript gzipped; a guide page may load at most 5 KB, and must work without it\.$/),
    ]);
    expect(checkBudget('/data/x/', weight, true).problems).toEqual([]);
    // A few KB of script (the listen control) is within a guide's budget.
    expect(checkBudget('/guides/x/', { html: 5000, css: 6000, js: 3000, data: 0, total: 14000 }, true).problems).toEqual([]);
  });

  it('counts the modules a script imports, once each, but not those loaded on demand', () => {
    const files: Record<string, string> = {
      '/_astro/page.js': 'import"./shared.js";import{a}from"./card.js";const later=()=>import("./lazy.js");',
      '/_astro/card.js': 'import"./shared.js";export const a=1;',
      '/_astro/shared.js': 'x'.repeat(500),
      '/_astro/lazy.js': 'y'.repeat(500),
    };
    const loaded: string[] = [];
    const read = (url: string) => {
      loaded.push(url);
      return files[url] === undefined ? undefined : new TextEncoder().encode(files[url]);
    };
    pageWeight(page('<script type="module" src="/_astro/page.js"></script>'), read);
    expect(loaded).toEqual(['/_astro/page.js', '/_astro/shared.js', '/_astro/card.js']);
  });

  it('counts extra data such as a search index', () => {
    const index = new TextEncoder().encode('x'.repeat(1000));
    const weight = pageWeight(page('hi'), (url) => (url === '/index.json' ? index : undefined), ['/index.json']);
    expect(weight.data).toBeGreaterThan(0);
    expect(weight.total).toBe(weight.html + weight.data);
  });
});

describe('links', () => {
  const pages = new Map([
    ['/', page('<a href="/data/">Data</a> <a href="/data/#figures">Figures</a> <a href="/missing/">Gone</a> <a href="/data/#nowhere">Bad anchor</a> <a href="mailto:a@b.example">Mail</a> <a href="/open-data/x.csv">CSV</a>')],
    ['/data/', page('<h2 id="figures">Figures</h2><a href="../">Up</a>')],
  ]);

  it('finds a broken link and a missing anchor, and accepts files that exist', () => {
    expect(brokenLinks(pages, (p) => p === '/open-data/x.csv')).toEqual([
      '/ links to /missing/, which does not exist.',
      '/ links to /data/#nowhere, but that page has no id "nowhere".',
    ]);
  });

  it('for a site under a path, finds an address without the path, and checks the others under it', () => {
    const underPath = new Map([
      [
        '/',
        page(
          '<link rel="canonical" href="https://x.example/lo/"><link rel="alternate" hreflang="pl" href="https://x.example/pl/">' +
            '<a href="/lo/data/#figures">Data</a> <a href="/data/">No path</a> <a href="https://x.example/council-tax/">The council</a> <img src="/lo/missing.png" alt="">',
        ),
      ],
      ['/data/', page('<h2 id="figures">Figures</h2><a href="../">Up</a> <a href="https://x.example/lo/">Home</a>')],
    ]);
    expect(brokenLinks(underPath, () => false, 'https://x.example/lo/').sort()).toEqual([
      "/ has a canonical or alternate link to https://x.example/pl/, which is not an address on this site (https://x.example/lo/).",
      "/ links to /data/, which leaves out the site's path /lo/ (the path of siteUrl in site.yaml).",
      '/ links to /lo/missing.png, which does not exist.',
    ]);
    // The same pages at the root of a domain: the addresses with /lo/ are the broken ones.
    expect(brokenLinks(underPath, () => false, 'https://x.example/')).toContain('/ links to /lo/data/#figures, which does not exist.');
  });

  it('ignores mail, phone and external links', () => {
    expect(internalRefs(page('<a href="tel:01632960000">x</a><a href="https://gov.uk">y</a><a href="/a/">z</a>')).map((r) => r.url)).toEqual(['/a/']);
  });
});

describe('third parties', () => {
  it('flags a script or image from another origin but not a link to it', () => {
    const html = page('<script src="https://cdn.example/x.js"></script><img src="//img.example/a.png" alt=""><a href="https://gov.uk">GOV.UK</a><img src="/ok.png" alt="">');
    expect(thirdPartyLoads(html, 'https://localoffer.example')).toEqual(['https://cdn.example/x.js', '//img.example/a.png']);
  });
});

describe('inline code', () => {
  it('finds scripts and style elements written into the page, which the policy blocks', () => {
    const html = page('<script>alert(1)</script><script type="module">import "/a.js";</script><style>p { color: red }</style>');
    expect(inlineCode(html)).toEqual(['an inline <script> (alert(1))', 'an inline <script> (import "/a.js";)', 'a <style> element (p { color: red })']);
  });

  it('allows bundled scripts and data blocks such as JSON-LD', () => {
    const html = page('<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"@type":"Service"}</script><link rel="stylesheet" href="/_astro/a.css">');
    expect(inlineCode(html)).toEqual([]);
  });
});
