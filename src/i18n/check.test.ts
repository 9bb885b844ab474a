import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTranslations } from './check.node.ts';
import { sourceHash } from './source-hash.node.ts';
import { site } from '../config/site.node.ts';
import { siteFacts } from '../config/facts';

const copy = mkdtempSync(join(tmpdir(), 'translations-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('checkTranslations over the real content', () => {
  it('finds every shipped translation, home page and dictionary in order', () => {
    expect(checkTranslations()).toEqual([]);
  });

  it('finds every <Fact> in them, and no phone number, email address or figure their English pages do not give', () => {
    const facts = new Map(siteFacts(site));
    expect(checkTranslations(undefined, undefined, facts)).toEqual([]);
    // They do use the configuration's facts, so the contacts they give are the English pages' own.
    const source = readFileSync('tests/sample/content/ur/guides/ehcp-process.mdx', 'utf8');
    expect(source).toContain('<Fact name="sendiass.phone" />');
  });

  it('has a home page and the three guides in each shipped language, each recording the current English hash', () => {
    for (const lang of site.languages) {
      for (const [translated, english] of [
        ['home.mdx', 'home.mdx'],
        ['guides/what-is-the-local-offer.mdx', 'guides/what-is-the-local-offer.mdx'],
        ['guides/ehcp-process.mdx', 'guides/ehcp-process.mdx'],
        ['guides/if-you-disagree.mdx', 'guides/if-you-disagree.mdx'],
      ] as const) {
        const source = readFileSync(join('tests/sample/content', lang, translated), 'utf8');
        expect(source, `${lang}/${translated}`).toContain(`source_hash: ${sourceHash(readFileSync(join('tests/sample/content', english), 'utf8'))}`);
        // Not yet checked by a qualified translator: the pages say so.
        expect(source).toMatch(/^checked_by:\s*$/m);
      }
    }
  });
});

describe('checkTranslations when the English changes', () => {
  it('warns for each translation of a changed English guide, and errors for one whose English is gone', () => {
    cpSync('tests/sample/content', copy, { recursive: true });
    const guide = join(copy, 'guides', 'ehcp-process.mdx');
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}\nA new paragraph.\n`);
    rmSync(join(copy, 'guides', 'if-you-disagree.mdx'));
    const problems = checkTranslations(copy, ['pl', 'ur']).filter((p) => !p.file.endsWith('home.mdx') || p.severity === 'error');
    const summary = problems.map((p) => `${p.severity} ${p.file.replace(/^.*?translations-[^/]+\//, '')} ${p.column ?? ''}`);
    expect(summary).toEqual([
      // Folders for languages this check was not told about are not published.
      'warning ar/ ',
      'warning so/ ',
      'warning pl/guides/ehcp-process.mdx source_hash',
      'error pl/guides/if-you-disagree.mdx ',
      'warning ur/guides/ehcp-process.mdx source_hash',
      'error ur/guides/if-you-disagree.mdx ',
    ]);
    expect(problems[2]!.expected).toContain('guides/ehcp-process.mdx as it is now');
  });
});
