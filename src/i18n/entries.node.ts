/**
 * Translated pages for the pages that show them: each translation with its
 * language, where it goes, its English source's current hash and what the
 * page must say about it (unchecked, out of date).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { getFacts } from '../content/facts/collection';
import { fillFacts } from '../content/facts/facts';
import { contentDir, displayPath } from '../core/files.node.ts';
import { DataError, problem } from '../core/problems';
import { site } from '../config/site.node.ts';
import { siteLanguages, type Language } from '../core/languages';
import { sourceHash } from './source-hash.node.ts';
import { translationRoute, translationStatus, type TranslationRoute, type TranslationStatus } from './translations';
import { buildTranslationIndex, type TranslationIndex } from './alternates';

/** English first, then each configured language. */
export const languages: readonly Language[] = siteLanguages(site.languages);

export interface TranslatedPage {
  entry: CollectionEntry<'translations'>;
  lang: Language;
  route: TranslationRoute;
  status: TranslationStatus;
}

let cached: Promise<TranslatedPage[]> | undefined;

async function load(): Promise<TranslatedPage[]> {
  const pages: TranslatedPage[] = [];
  const facts = await getFacts();
  for (const read of await getCollection('translations')) {
    // A summary may name the area as the English does (`<Fact name="area.name" />`).
    const entry = { ...read, data: { ...read.data, summary: fillFacts(read.data.summary, facts) } };
    const [code, ...rest] = entry.id.split('/');
    const lang = languages.find((l) => !l.isRoot && l.path === code);
    const route = translationRoute(`${rest.join('/')}.mdx`);
    if (!lang || !route) continue;
    const english = join(contentDir(), route.englishFile);
    if (!existsSync(english)) {
      // check-data stops the build first; this is for `astro build` run on its own.
      throw new DataError([problem({ file: entry.filePath ?? entry.id, expected: `an English page at ${displayPath(english)} to translate`, fix: 'Move this translation to match the English page, or delete it.' })]);
    }
    pages.push({ entry, lang, route, status: translationStatus(entry.data, sourceHash(readFileSync(english, 'utf8'))) });
  }
  return pages;
}

/** Every translated page, read once per build. */
export function getTranslatedPages(): Promise<TranslatedPage[]> {
  if (import.meta.env.DEV) return load(); // the dev server sees edits at once
  cached ??= load();
  return cached;
}

let cachedIndex: Promise<TranslationIndex> | undefined;

async function loadIndex(): Promise<TranslationIndex> {
  return buildTranslationIndex((await getTranslatedPages()).map((p) => `${p.lang.path}/${p.route.kind === 'home' ? 'home' : `guides/${p.route.slug}`}`));
}

/** Which English pages are translated into which languages: every page's layout asks, so it is worked out once per build. */
export function getTranslationIndex(): Promise<TranslationIndex> {
  if (import.meta.env.DEV) return loadIndex();
  cachedIndex ??= loadIndex();
  return cachedIndex;
}

/** Languages that have a home page, so `/<lang>/` and `/<lang>/search/` are built. */
export async function publishedLanguages(): Promise<Language[]> {
  const pages = await getTranslatedPages();
  return languages.filter((l) => !l.isRoot && pages.some((p) => p.lang.tag === l.tag && p.route.kind === 'home'));
}
