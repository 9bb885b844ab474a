/**
 * UI-string dictionaries: one per language, English the fallback for any key a
 * translation lacks (as Starlight's `translations/*.json`, but typed, so a
 * misspelt key is caught by `astro check` as well as by `check-data`).
 * Pure and browser-safe.
 */
import { problem, type DataProblem } from './problems';
import { isPluralForms } from './text';

/**
 * What a translation may hold for an English dictionary of type T: any of its
 * keys, text for text and a function with the same arguments for a function.
 * Lists (the English site's menu) are built from English page addresses and
 * are not translated.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly unknown[]
      ? never
      : { readonly [K in keyof T]?: Translation<T[K]> };

/** The English dictionary with its text widened to `string`, as a merged dictionary holds any language's words. */
export type Dictionary<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly unknown[]
      ? T
      : { readonly [K in keyof T]: Dictionary<T[K]> };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The English dictionary with a translation laid over it: every key the translation has, English for the rest. */
export function mergeDictionary<T>(english: T, translation: Translation<T> | undefined): Dictionary<T> {
  if (translation === undefined) return english as Dictionary<T>;
  if (!isPlainObject(english) || !isPlainObject(translation)) return (translation ?? english) as Dictionary<T>;
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english)) {
    const translated = (translation as Record<string, unknown>)[key];
    if (translated === undefined || Array.isArray(value)) merged[key] = value;
    else if (isPluralForms(value)) merged[key] = translated; // a language's own plural forms, whole
    else merged[key] = mergeDictionary(value, translated as Translation<unknown>);
  }
  return merged as Dictionary<T>;
}

/** Every translatable key as a dotted path (`guide.contents`), leaving out lists; a set of plural forms is one key. */
export function keyPaths(dictionary: unknown, prefix = ''): string[] {
  if (!isPlainObject(dictionary)) return [];
  return Object.entries(dictionary).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) return [];
    return isPlainObject(value) && !isPluralForms(value) ? keyPaths(value, path) : [path];
  });
}

/** A language's dictionary and where it lives, for messages. */
export interface DictionaryFile {
  /** The language code, e.g. `pl`. */
  lang: string;
  /** e.g. `src/config/strings/pl.ts`. */
  file: string;
  translation: unknown;
}

/**
 * Compares a translation's keys with English. A key only in the translation is
 * an error (it is never shown: a typo or a key English has dropped); a missing
 * key is one warning per language that names them all, since English is shown
 * in their place.
 */
export function checkDictionary(english: unknown, dict: DictionaryFile): DataProblem[] {
  const expected = new Set(keyPaths(english));
  const found = new Set(keyPaths(dict.translation));
  const problems: DataProblem[] = [];
  for (const key of found) {
    if (expected.has(key)) continue;
    problems.push(
      problem({
        file: dict.file,
        column: key,
        expected: 'only keys that the English dictionary (src/config/strings/en.ts) has',
        fix: `No page uses "${key}". Check its spelling against en.ts, or remove it.`,
      }),
    );
  }
  const missing = [...expected].filter((key) => !found.has(key));
  if (missing.length > 0) {
    problems.push(
      problem({
        file: dict.file,
        value: missing.join(', '),
        expected: `a translation of every key in src/config/strings/en.ts (${missing.length} missing)`,
        fix: `Pages in "${dict.lang}" show these in English until they are translated.`,
        severity: 'warning',
      }),
    );
  }
  return problems;
}
