import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeTranslation, unlessTranslation, languageOfFile } from './rehype-translation';
import { siteLanguages } from './languages';

const options = { contentRoot: '/site/content', languages: siteLanguages(['pl', 'ur']) };

async function render(markdown: string, path: string, plugins: 'translation' | 'wrapped' = 'translation'): Promise<string> {
  const marker = () => (tree: { children: unknown[] }) => {
    tree.children.push({ type: 'text', value: '[english-only ran]' });
  };
  const processor = unified().use(remarkParse).use(remarkRehype);
  if (plugins === 'translation') processor.use(rehypeTranslation, options);
  else processor.use(unlessTranslation(marker as never, options), {});
  const file = await processor.use(rehypeStringify).process({ value: markdown, path });
  return String(file);
}

describe('languageOfFile', () => {
  it('reads the language from the folder under content/', () => {
    expect(languageOfFile('/site/content/ur/guides/x.mdx', options)?.tag).toBe('ur');
    expect(languageOfFile('/site/content/guides/x.mdx', options)).toBeUndefined();
    expect(languageOfFile('/elsewhere/ur/x.mdx', options)).toBeUndefined();
    expect(languageOfFile(undefined, options)).toBeUndefined();
  });
});

describe('rehypeTranslation', () => {
  it('isolates numbers and addresses and marks links to English pages, on translated pages', async () => {
    const html = await render('فون کریں 01632 960 000 پر۔ [گائیڈ](/guides/annual-reviews/)، [اپیل](/ur/guides/if-you-disagree/)، <send@northbrook.example>', '/site/content/ur/home.mdx');
    expect(html).toContain('<span dir="ltr">01632\u00a0960\u00a0000</span>');
    expect(html).toContain('<a href="/guides/annual-reviews/" hreflang="en-GB">گائیڈ</a>');
    expect(html).toContain('<a href="/ur/guides/if-you-disagree/">اپیل</a>');
    expect(html).toContain('<a href="mailto:send@northbrook.example" dir="ltr">send@northbrook.example</a>');
  });

  it('leaves English pages exactly as they were', async () => {
    const markdown = 'Call 01632 960 000. See [annual reviews](/guides/annual-reviews/).';
    expect(await render(markdown, '/site/content/guides/x.mdx')).toBe('<p>Call 01632 960 000. See <a href="/guides/annual-reviews/">annual reviews</a>.</p>');
  });
});

describe('unlessTranslation', () => {
  it('runs an English-only plugin on English files and skips translations', async () => {
    expect(await render('Hello', '/site/content/guides/x.mdx', 'wrapped')).toContain('[english-only ran]');
    expect(await render('Cześć', '/site/content/pl/guides/x.mdx', 'wrapped')).not.toContain('[english-only ran]');
  });
});
