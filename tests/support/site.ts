/** Helpers for browser tests over the built site. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { readTextTree } from '../../src/core/files.node.ts';
import { guideSlug, readGuideFrontmatter } from '../../src/content/guides/schema';
import { basePathOf, withoutBase } from '../../src/core/base-path';
import { site } from '../../src/config/site.node.ts';

/** The built site under test: dist/ (the live site) or, for the journey tests, the frozen sample's build (vitest.config.ts). */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The path of the site under test's address: `/`, or `/localoffer/` for a site under a path. */
const SITE_BASE = basePathOf(site.siteUrl);

/** Every page listed in the built sitemap, as a site path (`/guides/`, without any base path, as dist/ holds it). */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) => [...readFileSync(`${DIST}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => withoutBase(new URL(m[1]!).pathname, SITE_BASE)));
  return [...new Set(paths)].sort();
}

/** Every page to check for accessibility: the sitemap, the 404 page, and staff pages left out of the sitemap on purpose. */
export function everyPagePath(): string[] {
  return [...sitemapPaths(), '/404.html', '/publish/check/'];
}

/**
 * A built page's HTML, parsed. For checks of what the HTML says (attributes,
 * links, text) with scripts off: the same answer as a browser, far quicker.
 */
export function builtPage(path: string): HTMLElement {
  const file = path.endsWith('.html') ? `${DIST}${path}` : `${DIST}${path}index.html`;
  return parse(readFileSync(file, 'utf8'));
}

/** The guides of a content folder as the site builds them: each with its slug (its address under /guides/) and front matter. */
export function contentGuides(content: string) {
  const dir = join(content, 'guides');
  return readTextTree(dir, ['.mdx', '.md']).map((g) => ({
    path: g.path,
    slug: guideSlug(relative(dir, g.path)),
    data: readGuideFrontmatter(g.path, g.source).value!,
  }));
}
