/**
 * The site's words in every language: `en.ts` is the English dictionary (and
 * the fallback), one file per translation beside it. `stringsFor('pl')` gives
 * a complete dictionary: Polish where there is Polish, English elsewhere.
 */
import { mergeDictionary, type Dictionary, type Translation } from '../../core/dictionary';
import { ROOT_LANGUAGE } from '../../core/languages';
import { strings } from './en';
import { pl } from './pl';
import { ur } from './ur';
import { ar } from './ar';
import { so } from './so';

export { strings };

export type Strings = Dictionary<typeof strings>;
export type StringsTranslation = Translation<typeof strings>;

/** Every translation, by language code. A language in data/site.yaml with no entry here shows English words. */
export const translations: Readonly<Record<string, StringsTranslation>> = { pl, ur, ar, so };

/** Where a language's dictionary lives, for check-data messages. */
export const dictionaryFile = (lang: string) => `src/config/strings/${lang}.ts`;

const cache = new Map<string, Strings>();

/** The complete dictionary for a language: its own words, English for any it lacks. */
export function stringsFor(lang: string): Strings {
  if (lang === ROOT_LANGUAGE) return strings;
  let merged = cache.get(lang);
  if (!merged) {
    merged = mergeDictionary(strings, translations[lang]);
    cache.set(lang, merged);
  }
  return merged;
}
