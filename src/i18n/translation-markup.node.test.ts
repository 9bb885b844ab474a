import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { translationMarkup, unlessTranslation, languageOfFile } from './translation-markup.node.ts';
import { siteLanguages } from '../core/languages';

const options = { contentRoot: resolve('/site/content'), languages: siteLanguages(['pl', 'ur']) };
/** A file in the content folder, as a path on this machine. */
const at = (file: string) => join(options.contentRoot, file);

/** A plugin that leaves a mark, to see whether it ran. */
const marker: HastPluginDefinition = { name: 'marker', before: (root, ctx) => ctx.appendChild(root, { type: 'text', value: '[english-only ran]' }) };

async function render(markdown: string, path: string, plugins: 'translation' | 'wrapped' = 'translation'): Promise<string> {
  const hastPlugins = [plugins === 'translation' ? translationMarkup(options) : unlessTranslation(marker, options)];
  return (await markdownToHtml(markdown, { hastPlugins, fileURL: pathToFileURL(path) })).html.trim();
}

describe('languageOfFile', () => {
  it('reads the language from the folder under content/', async () => {
    expect(languageOfFile(at('ur/guides/x.mdx'), options)?.tag).toBe('ur');
    expect(languageOfFile(at('guides/x.mdx'), options)).toBeUndefined();
    expect(languageOfFile('/elsewhere/ur/x.mdx', options)).toBeUndefined();
    expect(languageOfFile(undefined, options)).toBeUndefined();
  });
});

describe('translationMarkup', () => {
  it('isolates numbers and addresses and marks links to English pages, on translated pages', async () => {
    const html = await render('فون کریں 01632 960 000 پر۔ [گائیڈ](/guides/annual-reviews/)، [اپیل](/ur/guides/if-you-disagree/)، <send@northbrook.example>', at('ur/home.mdx'));
    expect(html).toContain('<span dir="ltr">01632\u00a0960\u00a0000</span>');
    expect(html).toContain('<a href="/guides/annual-reviews/" hreflang="en-GB">گائیڈ</a>');
    expect(html).toContain('<a href="/ur/guides/if-you-disagree/">اپیل</a>');
    expect(html).toContain('<a href="mailto:send@northbrook.example" dir="ltr" lang="en-GB">send@northbrook.example</a>');
  });

  it('marks English words in right-to-left text with lang, but not on left-to-right translations', async () => {
    const urdu = await render('سرکاری چھٹیاں (bank holidays) بھی، اور EHC پلان۔ ای میل complaints@northbrook.example پر۔', at('ur/guides/x.mdx'));
    expect(urdu).toContain('(<span lang="en-GB">bank holidays</span>)');
    expect(urdu).toContain('<span lang="en-GB">EHC</span> پلان');
    expect(urdu).toContain('<a href="mailto:complaints@northbrook.example" dir="ltr" lang="en-GB">complaints@northbrook.example</a>');
    expect(await render('ای میل GOV.UK سے 01632 960 000', at('ur/guides/x.mdx'))).toContain('<span lang="en-GB">GOV.UK</span> سے <span dir="ltr">01632\u00a0960\u00a0000</span>');
    const polish = await render('Święta (bank holidays) też.', at('pl/guides/x.mdx'));
    expect(polish).toBe('<p>Święta (bank holidays) też.</p>');
  });

  it('leaves English pages exactly as they were', async () => {
    const markdown = 'Call 01632 960 000. See [annual reviews](/guides/annual-reviews/).';
    expect(await render(markdown, at('guides/x.mdx'))).toBe('<p>Call 01632 960 000. See <a href="/guides/annual-reviews/">annual reviews</a>.</p>');
  });
});

describe('unlessTranslation', () => {
  it('runs an English-only plugin on English files and skips translations', async () => {
    expect(await render('Hello', at('guides/x.mdx'), 'wrapped')).toContain('[english-only ran]');
    expect(await render('Cześć', at('pl/guides/x.mdx'), 'wrapped')).not.toContain('[english-only ran]');
  });
});

describe('translationMarkup inside elements that set their own direction, code and MDX components', () => {
  it('leaves them alone, but still marks links to English pages', async () => {
    const html = await render('Kod `01632 960 000` i <span dir="rtl">01632 960 000</span>.\n\n- [lista](/guides/x/)', at('pl/guides/x.mdx'));
    expect(html).toContain('<code>01632 960 000</code>');
    expect(html).toContain('<a href="/guides/x/" hreflang="en-GB">lista</a>');
    const { code } = await mdxToJs('Zadzwoń: <Fact name="contact.phone" /> lub 01632 960 000.', { hastPlugins: [translationMarkup(options)], fileURL: pathToFileURL(at('pl/home.mdx')) });
    expect(code.match(/dir: "ltr"/g)).toHaveLength(1);
  });
});
