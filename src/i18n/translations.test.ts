import { describe, expect, it } from 'vitest';
import { checkLanguageFolders, checkTranslation, sourceText, translationRoute, translationStatus, type TranslationFile } from './translations';
import { sourceHash } from './source-hash.node.ts';

const ENGLISH = `---
title: If you disagree
summary: What you can do.
reviewed: 2026-09-01
next_review: 2027-09-01
---

Start by talking.

## Mediation

A meeting with a mediator.
`;

const translation = (frontmatter: string, body = '\nZacznij od rozmowy.\n\n## Mediacja\n\nSpotkanie z mediatorem.\n') => `---\n${frontmatter}\n---\n${body}`;
const GOOD = translation(`title: Jeśli się nie zgadzasz\nsummary: Co możesz zrobić.\nsource_hash: ${sourceHash(ENGLISH)}\ntranslated: 2026-11-23\nchecked_by:`);

function file(source: string, english: string | null = ENGLISH, pathInLanguage = 'guides/if-you-disagree.mdx'): TranslationFile {
  return {
    lang: 'pl',
    path: `content/pl/${pathInLanguage}`,
    pathInLanguage,
    source,
    englishPath: `content/${pathInLanguage}`,
    english: english === null ? undefined : { path: `content/${pathInLanguage}`, source: english, hash: sourceHash(english) },
  };
}

describe('translationRoute', () => {
  it('mirrors content/: a guide at the same path, and the home page from content/home.mdx', () => {
    expect(translationRoute('guides/young-people/having-your-say.mdx')).toEqual({
      kind: 'guide',
      slug: 'young-people/having-your-say',
      englishFile: 'guides/young-people/having-your-say.mdx',
      englishHref: '/guides/young-people/having-your-say/',
    });
    expect(translationRoute('home.mdx')).toEqual({ kind: 'home', slug: '', englishFile: 'home.mdx', englishHref: '/' });
    expect(translationRoute('updates/2026-01-01-news.md')).toBeUndefined();
  });
});

describe('source hash', () => {
  it('changes when the English title, summary or text changes', () => {
    const hash = sourceHash(ENGLISH);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash(ENGLISH.replace('Start by talking.', 'Start by talking to the school.'))).not.toBe(hash);
    expect(sourceHash(ENGLISH.replace('title: If you disagree', 'title: If you do not agree'))).not.toBe(hash);
    expect(sourceHash(ENGLISH.replace('What you can do.', 'What to do.'))).not.toBe(hash);
  });

  it('ignores review dates, line endings and trailing spaces, so re-reviewing the English does not make translations stale', () => {
    const hash = sourceHash(ENGLISH);
    expect(sourceHash(ENGLISH.replace('reviewed: 2026-09-01', 'reviewed: 2026-11-01'))).toBe(hash);
    expect(sourceHash(ENGLISH.replace(/\n/g, '\r\n'))).toBe(hash);
    expect(sourceHash(ENGLISH.replace('Start by talking.', 'Start by talking.   '))).toBe(hash);
    expect(sourceText(ENGLISH)).toBe('If you disagree\n\nWhat you can do.\n\nStart by talking.\n\n## Mediation\n\nA meeting with a mediator.');
  });
});

describe('translationStatus', () => {
  it('says whether a qualified translator has checked it and whether the English has changed since', () => {
    expect(translationStatus({ checked_by: '', source_hash: 'abc' }, 'abc')).toEqual({ checked: false, stale: false });
    expect(translationStatus({ checked_by: 'A. Nowak, ITI', source_hash: 'abc' }, 'def')).toEqual({ checked: true, stale: true });
  });
});

describe('checkTranslation', () => {
  it('passes an up-to-date translation, even one English readability rules would fail', () => {
    const long = GOOD.replace('Zacznij od rozmowy.', `${'bardzo długie zdanie '.repeat(40)}.`);
    expect(checkTranslation(file(long))).toEqual([]);
  });

  it('warns, naming the translation and the English file, when the English has changed', () => {
    const changed = ENGLISH.replace('Start by talking.', 'Start by talking to the school.');
    const [p, ...rest] = checkTranslation(file(GOOD, changed));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ severity: 'warning', file: 'content/pl/guides/if-you-disagree.mdx', column: 'source_hash', value: sourceHash(ENGLISH) });
    expect(p!.expected).toBe(`the hash of content/guides/if-you-disagree.mdx as it is now (${sourceHash(changed)})`);
    expect(p!.fix).toContain('git log -p --since=2026-11-23 -- content/guides/if-you-disagree.mdx');
  });

  it('warns when the English links a tool and the translation does not, and passes once it does', () => {
    const english = ENGLISH.replace('Start by talking.', 'Start by talking. Our [timeline calculator](/tools/ehcp-timeline/) gives the dates.');
    const hashed = (source: string) => source.replace(sourceHash(ENGLISH), sourceHash(english));
    const without = hashed(GOOD.replace('Zacznij od rozmowy.', 'Zacznij od rozmowy. Nasz kalkulator terminów poda daty.'));
    expect(checkTranslation(file(without, english))).toEqual([
      expect.objectContaining({ severity: 'warning', expected: 'a link to the EHC plan timeline calculator (/tools/ehcp-timeline/), as content/guides/if-you-disagree.mdx has' }),
    ]);
    const withLink = hashed(GOOD.replace('Zacznij od rozmowy.', 'Zacznij od rozmowy. Nasz [kalkulator terminów](/tools/ehcp-timeline/) poda daty.'));
    expect(checkTranslation(file(withLink, english))).toEqual([]);
  });

  it('is an error when the English page no longer exists', () => {
    expect(checkTranslation(file(GOOD, null))).toEqual([
      expect.objectContaining({ severity: 'error', file: 'content/pl/guides/if-you-disagree.mdx', expected: 'an English page at content/guides/if-you-disagree.mdx to translate' }),
    ]);
  });

  it('names each frontmatter field that is wrong', () => {
    const bad = translation('title: Tytuł\nsource_hash: 123\ntranslated: 2026-02-30\nchecked_by:');
    const problems = checkTranslation(file(bad));
    expect(problems.map((p) => [p.column, p.severity])).toEqual([
      ['summary', 'error'],
      ['source_hash', 'error'],
      ['translated', 'error'],
    ]);
  });

  it('warns when the translation has a different number of sections from the English', () => {
    const merged = GOOD.replace('## Mediacja\n\n', '');
    expect(checkTranslation(file(merged))).toEqual([
      expect.objectContaining({ severity: 'warning', column: 'text', value: '0 sections', expected: 'the same sections as content/guides/if-you-disagree.mdx (1 "##" headings)' }),
    ]);
  });

  it('warns about a file that is neither a guide nor the home page', () => {
    expect(checkTranslation(file(GOOD, ENGLISH, 'updates/news.md'))).toEqual([expect.objectContaining({ severity: 'warning', file: 'content/pl/updates/news.md' })]);
  });
});

describe('checkLanguageFolders', () => {
  it('needs a home page for each configured language, and says when a folder is not published', () => {
    const problems = checkLanguageFolders(['pl', 'ur'], ['pl', 'ur', 'fr'], new Set(['pl']));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'content/ur/home.mdx' }),
      expect.objectContaining({ severity: 'warning', file: 'content/fr/', fix: 'Pages in content/fr/ are not published. Add "fr" to languages in data/site.yaml to publish them.' }),
    ]);
  });
});
