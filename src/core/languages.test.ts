import { describe, expect, it } from 'vitest';
import { describeLanguage, languageDir, languageOfPath, nativeName, pathIn, ROOT_LANGUAGE, siteLanguages, stripLanguage } from './languages';
import { siteConfigSchema } from '../config/site-schema';
import { site } from '../config/site.node.ts';

const languages = siteLanguages(['pl', 'ur', 'ar', 'so']);

describe('languages', () => {
  it('names each language in itself, from Intl', () => {
    expect(languages.map((l) => l.name)).toEqual(['English', 'polski', 'اردو', 'العربية', 'Soomaali']);
    expect(nativeName('xx')).toBeUndefined();
  });

  it('knows which are written right to left', () => {
    expect(languages.map((l) => `${l.tag}:${l.dir}`)).toEqual(['en-GB:ltr', 'pl:ltr', 'ur:rtl', 'ar:rtl', 'so:ltr']);
    expect(languageDir('fa')).toBe('rtl');
    expect(languageDir('he')).toBe('rtl');
  });

  it('puts English at the root and each translation under its code', () => {
    expect(languages[0]).toMatchObject({ tag: ROOT_LANGUAGE, path: '', isRoot: true });
    expect(describeLanguage('pt-BR').path).toBe('pt-br');
    expect(languageOfPath('/ur/guides/ehcp-process/', languages).tag).toBe('ur');
    expect(languageOfPath('/guides/ehcp-process/', languages).tag).toBe('en-GB');
    // A section whose name happens to start like a code is still English.
    expect(languageOfPath('/plan/', languages).tag).toBe('en-GB');
    expect(stripLanguage('/ur/guides/x/', languages)).toBe('/guides/x/');
    expect(stripLanguage('/ur/', languages)).toBe('/');
    expect(stripLanguage('/services/', languages)).toBe('/services/');
    expect(pathIn(languages[2]!, '/guides/x/')).toBe('/ur/guides/x/');
    expect(pathIn(languages[0]!, '/guides/x/')).toBe('/guides/x/');
  });
});

describe('languages in the site configuration', () => {
  const base = { ...site, languages: undefined };
  const messages = (languages: unknown) => {
    const result = siteConfigSchema.safeParse({ ...base, languages });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('ships Polish, Urdu, Arabic and Somali', () => {
    expect(site.languages).toEqual(['pl', 'ur', 'ar', 'so']);
  });

  it('accepts codes Intl knows, and none at all', () => {
    expect(messages(['pl', 'pt-BR'])).toEqual([]);
    expect(siteConfigSchema.parse(base).languages).toEqual([]);
  });

  it('explains a code it cannot use', () => {
    expect(messages(['Polish'])[0]).toMatch(/^a language code such as pl/);
    expect(messages(['xx'])).toEqual(['a language code the Intl language data knows, such as pl, ur, ar or so']);
    expect(messages(['en'])).toEqual(['a language other than English: English pages are at the root of the site']);
    expect(messages(['pl', 'pl'])).toEqual(['each language listed once']);
  });
});
