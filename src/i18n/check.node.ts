/**
 * `check-data` for translations: every translated page against its English
 * source, each configured language's home page and dictionary, and the English
 * home-page text the translations are made from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, displayPath, readTextTree } from '../core/files.node.ts';
import type { DataProblem } from '../core/problems';
import { checkFacts, type Facts } from '../content/facts/facts';
import { site } from '../config/site.node.ts';
import { strings, translations, dictionaryFile } from '../config/strings';
import { checkReadability } from '../content/plain-english/readability';
import { readFrontmatterWith } from '../content/frontmatter';
import { checkDictionary } from '../core/dictionary';
import { nativeName } from '../core/languages';
import { sourceHash } from './source-hash.node.ts';
import { checkLanguageFolders, checkTranslation, HOME_SOURCE, translationRoute, translationSchema } from './translations';

/** Folders in content/ named like a language (`pl`, `pt-br`), as opposed to `guides` or `updates`. */
function languageFolders(content: string): string[] {
  if (!existsSync(content)) return [];
  return readdirSync(content, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(d.name) && nativeName(d.name) !== undefined)
    .map((d) => d.name)
    .sort();
}

/** Every translated page in one language, checked against its English source. */
export function checkLanguage(content: string, lang: string, facts?: Facts): DataProblem[] {
  const base = join(content, lang);
  const prefix = `${displayPath(base)}/`;
  return readTextTree(base, ['.mdx', '.md']).flatMap((file) => {
    const pathInLanguage = file.path.startsWith(prefix) ? file.path.slice(prefix.length) : file.path;
    const englishRel = translationRoute(pathInLanguage)?.englishFile ?? pathInLanguage;
    const englishAbsolute = join(content, englishRel);
    const englishSource = existsSync(englishAbsolute) ? readFileSync(englishAbsolute, 'utf8') : undefined;
    const englishPath = displayPath(englishAbsolute);
    return checkTranslation({
      lang,
      path: file.path,
      pathInLanguage,
      source: file.source,
      englishPath,
      english: englishSource === undefined ? undefined : { path: englishPath, source: englishSource, hash: sourceHash(englishSource) },
      facts,
    });
  });
}

/** The English text of the language home pages is English, so it gets the plain-English checks. */
function checkHomeSource(content: string, facts: Facts | undefined): DataProblem[] {
  const absolute = join(content, HOME_SOURCE);
  if (!existsSync(absolute)) return [];
  const path = displayPath(absolute);
  const source = readFileSync(absolute, 'utf8');
  const frontmatter = readFrontmatterWith(translationSchema.pick({ title: true, summary: true }), path, source, 'title and summary');
  return [...frontmatter.problems, ...checkReadability(path, source, { audience: 'parents-carers', format: 'standard' }), ...(facts ? checkFacts(path, source, facts) : [])];
}

/** Every problem with the site's translations and UI dictionaries; with the facts from the data, every `<Fact>` in them is checked too. */
export function checkTranslations(content = contentDir(), languages: readonly string[] = site.languages, facts?: Facts): DataProblem[] {
  if (languages.length === 0 && languageFolders(content).length === 0) return [];
  const homes = new Set(languages.filter((lang) => existsSync(join(content, lang, HOME_SOURCE))));
  return [
    ...checkLanguageFolders(languages, languageFolders(content), homes, displayPath(content) || '.'),
    ...checkHomeSource(content, facts),
    ...languages.flatMap((lang) => checkLanguage(content, lang, facts)),
    ...languages.flatMap((lang) => checkDictionary(strings, { lang, file: dictionaryFile(lang), translation: translations[lang] })),
  ];
}
