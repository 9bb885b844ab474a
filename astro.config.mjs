// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site.node.ts';
import { contentDir } from './src/core/files.node.ts';
import { loadGlossary } from './src/content/glossary/load.node.ts';
import { glossaryLinks } from './src/content/glossary/glossary-links.ts';
import { orThrow } from './src/core/problems.ts';
import { pictureRowsPlugin } from './src/content/guides/picture-rows.ts';
import { phoneLinksPlugin } from './src/content/guides/phone-links.ts';
import { baseLinksPlugin } from './src/content/base-links.ts';
import { translationMarkup, unlessTranslation } from './src/i18n/translation-markup.node.ts';
import { siteLanguages } from './src/core/languages.ts';
import { contentChecksBesideBuild } from './src/build/integration.node.ts';
import { basePathOf } from './src/core/base-path.ts';

/** The path of siteUrl (`/` at the root of a domain, `/localoffer/` under a path): Astro's base. */
const base = basePathOf(site.siteUrl);
// A BASE_URL left in the environment (a test runner sets one) would win over `base` in the pages, so every
// link would lose the path. The base comes from siteUrl alone.
delete process.env.BASE_URL;

// Translated pages (content/<lang>/) keep addresses left to right and mark links to English pages;
// the glossary's English meanings are not linked from them.
const translationFiles = { contentRoot: contentDir(), languages: siteLanguages(site.languages) };

/**
 * The brand colour from src/config/site.ts as a CSS variable, bundled into the
 * site's stylesheet: no inline style attribute, so the Content Security Policy
 * needs no 'unsafe-inline'.
 * @returns {import('vite').Plugin}
 */
function brandCss() {
  const id = 'virtual:brand.css';
  return {
    name: 'open-local-offer:brand-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `:root { --brand: ${site.brandColour}; }\n` : undefined),
  };
}

/**
 * The glossary, read when the site builds, so the first use of each
 * abbreviation on a guide page links to its meaning without anyone marking it up.
 * @returns {import('./src/content/glossary/glossary.ts').GlossaryEntry[]}
 */
function glossaryEntries() {
  return orThrow(loadGlossary(contentDir())).entries;
}

/**
 * Drops exactly one warning the bundler prints for every MDX guide: Astro's own
 * `"use astro:head-inject"` directive "may not be preserved when bundling".
 * Astro reads that directive before bundling, so nothing is lost; the warning is
 * Astro's bug withastro/astro#18087 (open). Every other message passes through.
 * @type {NonNullable<NonNullable<import('vite').BuildEnvironmentOptions['rolldownOptions']>['onLog']>}
 */
const quietKnownWarnings = (level, log, handler) => {
  if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
};

export default defineConfig({
  site: site.siteUrl,
  // A site under a path (https://org.github.io/repo/) is built for that path: src/core/base-path.ts adds it to every address.
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    // The slowest checks run in a second process while Astro starts; the loaders wait for them.
    contentChecksBesideBuild(),
    // Guides (.mdx) are compiled by Sätteri (Astro's own MDX processor, in Rust), which gives headings
    // their ids for the contents list and makes quotes curly. Its plugins here link the first use of
    // each abbreviation to the jargon buster, put easy-read pictures beside their text, make phone numbers
    // tap-to-call links, and mark up translated pages; the last puts the base in front of the site paths in them all. At 160 guides this took compiling them from 2.5 s (remark and rehype) to about 1 s.
    mdx({
      processor: satteri({
        hastPlugins: [
          unlessTranslation(glossaryLinks({ entries: glossaryEntries(), glossaryPath: '/glossary/' }), translationFiles),
          pictureRowsPlugin,
          phoneLinksPlugin,
          translationMarkup(translationFiles),
          baseLinksPlugin(base),
        ],
      }),
    }),
    // Staff pages (/publish/) are for the council's own people, not for search engines.
    sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/publish/') }),
  ],
  // Eight pages at once: while one page's file is written, the next is rendered. At 5,620 pages
  // rendering took 7.4 s against 10.9 s one at a time, and the pages built are byte for byte the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // The Content Security Policy is set by the page layout: src/layouts/content-security-policy.ts.
  vite: { plugins: [tailwindcss(), brandCss()], build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietKnownWarnings } } },
  // Updates (.md) are compiled by Sätteri too: the site paths writers type in them (`[Have your say](/have-your-say/)`)
  // get the base in front, as in guides. No code blocks on this site; Shiki's inline styles would break the CSP.
  markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }), syntaxHighlight: false },
  devToolbar: { enabled: false },
});
