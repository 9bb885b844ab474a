import { describe, expect, it } from 'vitest';
import { checkDictionary, keyPaths, mergeDictionary } from './dictionary';
import { fill, isPluralForms, pluralForm, type PluralForms } from './text';
import { dictionaryFile, strings, stringsFor, translations } from '../config/strings';
import { site } from '../config/site.node.ts';

const english = {
  title: 'Hello',
  nav: [{ href: '/', label: 'Home' }],
  guide: { contents: 'Contents', overdue: (date: string) => `Late since ${date}` },
  count: { one: '{count} result', other: '{count} results' } as PluralForms,
};

describe('mergeDictionary', () => {
  it('uses the translation where it has a key and English where it does not', () => {
    const merged = mergeDictionary(english, { guide: { contents: 'Spis treści' } });
    expect(merged.title).toBe('Hello');
    expect(merged.guide.contents).toBe('Spis treści');
    expect(merged.guide.overdue('1 May')).toBe('Late since 1 May');
    expect(merged.nav).toBe(english.nav);
  });

  it('takes a language’s plural forms whole, with forms English does not have', () => {
    const merged = mergeDictionary(english, { count: { one: '{count} wynik', few: '{count} wyniki', other: '{count} wyniku' } });
    expect(merged.count).toEqual({ one: '{count} wynik', few: '{count} wyniki', other: '{count} wyniku' });
  });

  it('gives English unchanged when there is no translation', () => {
    expect(mergeDictionary(english, undefined)).toBe(english);
    expect(stringsFor('en-GB')).toBe(strings);
  });
});

describe('checkDictionary', () => {
  it('lists every translatable key, a set of plural forms as one, lists left out', () => {
    expect(keyPaths(english)).toEqual(['title', 'guide.contents', 'guide.overdue', 'count']);
  });

  it('warns once per language about missing keys and errors on keys English does not have', () => {
    const problems = checkDictionary(english, { lang: 'pl', file: 'src/config/strings/pl.ts', translation: { title: 'Cześć', guide: { contnets: 'Spis treści' } } });
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'src/config/strings/pl.ts', column: 'guide.contnets' }),
      expect.objectContaining({ severity: 'warning', file: 'src/config/strings/pl.ts', value: 'guide.contents, guide.overdue, count', expected: 'a translation of every key in src/config/strings/en.ts (3 missing)' }),
    ]);
  });

  it('passes a complete translation', () => {
    expect(checkDictionary(english, { lang: 'pl', file: 'x', translation: { title: 'a', guide: { contents: 'b', overdue: () => 'c' }, count: { other: 'd' } } })).toEqual([]);
  });

  it('finds every shipped dictionary complete, with no stray keys', () => {
    for (const lang of site.languages) {
      expect(checkDictionary(strings, { lang, file: dictionaryFile(lang), translation: translations[lang] }), lang).toEqual([]);
    }
  });
});

describe('text helpers', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{count} results for {query}', { count: 3, query: 'x' })).toBe('3 results for x');
    expect(fill('{missing}', {})).toBe('{missing}');
  });

  it('picks the plural form by the language’s rules', () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    expect([1, 2, 5, 22, 1.5].map((n) => pluralForm(forms, n, 'pl'))).toEqual(['one', 'few', 'many', 'few', 'other']);
    expect(pluralForm({ other: 'other' }, 1, 'en-GB')).toBe('other');
    expect(isPluralForms({ one: 'a', other: 'b' })).toBe(true);
    expect(isPluralForms({ one: 'a' })).toBe(false);
    expect(isPluralForms({ other: 'a', contents: 'b' })).toBe(false);
  });
});
