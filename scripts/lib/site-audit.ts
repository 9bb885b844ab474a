/**
 * Checks over the built site in dist/: page weights against budgets, internal
 * links and anchors, and requests to other origins. Pure functions over HTML
 * text and a file lookup, so they can be tested without building.
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** How a page's weight is judged, in gzipped kilobytes (1 KB = 1,024 bytes). */
export interface Budget {
  type: string;
  /** Total of HTML, CSS and JavaScript, gzipped. */
  maxKb: number;
  /**
   * The most JavaScript the page may load, gzipped, within `maxKb`: 0 for none.
   * Left out, any amount within the total. Guides work without JavaScript and
   * load only "Listen to this page" (src/listen/), which is kept small.
   */
  maxJsKb?: number;
}

/** Budgets by page type; the first pattern that matches a path wins. */
export const BUDGETS: { pattern: RegExp; budget: Budget }[] = [
  { pattern: /^\/guides\/.+/, budget: { type: 'guide', maxKb: 40, maxJsKb: 5 } },
  { pattern: /^\/young-people\/.+/, budget: { type: 'guide', maxKb: 40, maxJsKb: 5 } },
  // Translated guides (/pl/guides/…, /ur/guides/…) are guides too.
  { pattern: /^\/[a-z]{2,3}(?:-[a-z0-9]+)*\/guides\/.+/, budget: { type: 'guide', maxKb: 40, maxJsKb: 5 } },
  { pattern: /^\/(data|progress)\//, budget: { type: 'data', maxKb: 120 } },
  { pattern: /^\/services\/$/, budget: { type: 'directory', maxKb: 150 } },
  { pattern: /^\/services\/.+/, budget: { type: 'service', maxKb: 60 } },
  { pattern: /.*/, budget: { type: 'page', maxKb: 120 } },
];

export function budgetFor(path: string): Budget {
  return BUDGETS.find((b) => b.pattern.test(path))!.budget;
}

export interface Asset {
  url: string;
  kind: 'css' | 'js' | 'data';
}

/** The same-site files a page loads as it opens: stylesheets, scripts and module preloads. */
export function pageAssets(html: string): Asset[] {
  const root = parse(html);
  const assets: Asset[] = [];
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    const href = link.getAttribute('href')!;
    if (rel === 'stylesheet') assets.push({ url: href, kind: 'css' });
    if (rel === 'modulepreload') assets.push({ url: href, kind: 'js' });
  }
  for (const script of root.querySelectorAll('script[src]')) assets.push({ url: script.getAttribute('src')!, kind: 'js' });
  return assets.filter((a) => a.url.startsWith('/'));
}

/** Same-site modules a script imports as it loads (`import "./a.js"`, `from "./b.js"`), not `import()` on demand. */
export function staticImports(js: string, from: string): string[] {
  const found = [...js.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((m) => new URL(m[1]!, `https://site.invalid${from}`));
  return found.filter((u) => u.origin === 'https://site.invalid').map((u) => u.pathname);
}

export interface Weight {
  html: number;
  css: number;
  js: number;
  /** Extra same-site data loaded on first view, e.g. a search index. */
  data: number;
  total: number;
}

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/**
 * A page's gzipped weight. `read` returns a file's bytes by site path;
 * `extra` names data files the page fetches when it opens (e.g. an index).
 */
export function pageWeight(html: string, read: (url: string) => Uint8Array | undefined, extra: string[] = []): Weight {
  const weight: Weight = { html: gz(html), css: 0, js: 0, data: 0, total: 0 };
  const seen = new Set<string>();
  const queue: Asset[] = [...pageAssets(html), ...extra.map((url) => ({ url, kind: 'data' as const }))];
  for (let asset = queue.shift(); asset; asset = queue.shift()) {
    if (seen.has(asset.url)) continue;
    seen.add(asset.url);
    const bytes = read(asset.url);
    if (!bytes) continue;
    weight[asset.kind] += gz(bytes);
    // JavaScript modules import each other: the browser loads those chunks too.
    if (asset.kind === 'js') queue.push(...staticImports(new TextDecoder().decode(bytes), asset.url).map((url) => ({ url, kind: 'js' as const })));
  }
  weight.total = weight.html + weight.css + weight.js + weight.data;
  return weight;
}

export interface BudgetResult {
  path: string;
  budget: Budget;
  weight: Weight;
  problems: string[];
}

export function checkBudget(path: string, weight: Weight, hasScripts: boolean): BudgetResult {
  const budget = budgetFor(path);
  const problems: string[] = [];
  const kb = weight.total / 1024;
  if (kb > budget.maxKb) problems.push(`${path} weighs ${kb.toFixed(1)} KB gzipped; the budget for a ${budget.type} page is ${budget.maxKb} KB.`);
  if (budget.maxJsKb === 0 && hasScripts) problems.push(`${path} loads JavaScript; a ${budget.type} page must work without any.`);
  const jsKb = weight.js / 1024;
  if (budget.maxJsKb !== undefined && budget.maxJsKb > 0 && jsKb > budget.maxJsKb) {
    problems.push(`${path} loads ${jsKb.toFixed(1)} KB of JavaScript gzipped; a ${budget.type} page may load at most ${budget.maxJsKb} KB, and must work without it.`);
  }
  return { path, budget, weight, problems };
}

/** A link or resource on a page that points at the site's own domain (a relative or root-relative address, or a full one). */
export interface InternalRef {
  url: string;
  element: string;
  /** A canonical or alternate link (hreflang, feeds): it must be an address of this site, whatever its form. */
  ofThisSite: boolean;
}

/** The address a test site stands at when none is given. */
const NO_SITE = 'https://site.invalid/';

/** Links and resources on a page that point at the site's domain (`siteUrl`'s), with their anchors. */
export function internalRefs(html: string, siteUrl: string = NO_SITE): InternalRef[] {
  const origin = new URL(siteUrl).origin;
  const root = parse(html);
  const refs: InternalRef[] = [];
  for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src], source[src], audio[src], video[src], track[src], form[action]')) {
    const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
    if (/^(mailto:|tel:|data:|javascript:)/i.test(url)) continue;
    const ofThisSite = el.tagName === 'LINK' && ['canonical', 'alternate'].includes((el.getAttribute('rel') ?? '').toLowerCase());
    if (!ofThisSite && /^(https?:)?\/\//i.test(url) && new URL(url, siteUrl).origin !== origin) continue;
    refs.push({ url, element: el.tagName.toLowerCase(), ofThisSite });
  }
  return refs;
}

/** Loads from other origins (scripts, styles, images, frames): never allowed. */
export function thirdPartyLoads(html: string, siteOrigin: string): string[] {
  const root = parse(html);
  return root
    .querySelectorAll('script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]')
    .filter((el) => el.tagName !== 'LINK' || !['canonical', 'alternate'].includes((el.getAttribute('rel') ?? '').toLowerCase()))
    .map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
    .filter((url) => /^(https?:)?\/\//i.test(url) && new URL(url, siteOrigin).origin !== siteOrigin);
}

/** Script types browsers run; any other type (JSON-LD, JSON) is data, which the Content Security Policy does not block. */
const RUNNABLE_SCRIPT = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * Inline code the Content Security Policy would block (it allows no inline
 * script or style): scripts written into the page and `<style>` elements.
 * `style` attributes are html-validate's `no-inline-style`.
 */
export function inlineCode(html: string): string[] {
  const root = parse(html);
  const scripts = root
    .querySelectorAll('script:not([src])')
    .filter((el) => RUNNABLE_SCRIPT.test((el.getAttribute('type') ?? '').trim()))
    .map((el) => `an inline <script> (${el.text.trim().slice(0, 40) || 'empty'})`);
  const styles = root.querySelectorAll('style').map((el) => `a <style> element (${el.text.trim().slice(0, 40) || 'empty'})`);
  return [...scripts, ...styles];
}

/** Every id on a page, for checking #anchors. */
export function ids(html: string): Set<string> {
  return new Set(parse(html).querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
}

/**
 * Broken internal links across the site at `siteUrl`, whose path (`/` at the
 * root of a domain, `/localoffer/` under a path) every internal address must
 * start with. `pages` maps a site path ("/guides/", as the page is in dist/,
 * without that path) to its HTML; `exists` says whether another file (CSV,
 * image) is there. A full address elsewhere on the same domain (the
 * council's own pages) is not this site's to check, unless it is a canonical
 * or alternate link, which must be one of this site's pages.
 */
export function brokenLinks(pages: Map<string, string>, exists: (path: string) => boolean, siteUrl: string = NO_SITE): string[] {
  const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const base = site.pathname;
  const idCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!idCache.has(path)) idCache.set(path, ids(pages.get(path) ?? ''));
    return idCache.get(path)!;
  };
  const problems: string[] = [];
  for (const [from, html] of pages) {
    const pageUrl = new URL(from.slice(1), site);
    for (const { url, ofThisSite } of internalRefs(html, site.href)) {
      const target = new URL(url, pageUrl);
      const full = /^(https?:)?\/\//i.test(url);
      if (target.origin !== site.origin || !target.pathname.startsWith(base)) {
        if (ofThisSite) problems.push(`${from} has a canonical or alternate link to ${url}, which is not an address on this site (${site.href}).`);
        else if (!full) problems.push(`${from} links to ${url}, which leaves out the site's path ${base} (the path of siteUrl in site.yaml).`);
        continue;
      }
      let path = `/${decodeURIComponent(target.pathname.slice(base.length))}`;
      if (!pages.has(path) && pages.has(`${path}/`)) path = `${path}/`;
      const found = pages.has(path) || exists(path);
      if (!found) {
        problems.push(`${from} links to ${url}, which does not exist.`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && pages.has(path) && !idsOf(path).has(anchor)) problems.push(`${from} links to ${url}, but that page has no id "${anchor}".`);
    }
  }
  return problems;
}
