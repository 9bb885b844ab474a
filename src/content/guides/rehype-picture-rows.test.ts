import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypePictureRows } from './rehype-picture-rows';

const html = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkRehype).use(rehypePictureRows).use(rehypeStringify).processSync(markdown)).replace(/\n/g, '');

describe('rehypePictureRows', () => {
  it('puts a picture beside the lines that follow it, up to the next heading', () => {
    const out = html('## What it is\n\n![A plan](/p.svg)\n\nLine one.\n\nLine two.\n\n## Next\n\nAfter.');
    expect(out).toBe(
      '<h2>What it is</h2>' +
        '<div class="picture-row"><div class="picture-row-image"><img src="/p.svg" alt="A plan"></div>' +
        '<div class="picture-row-text"><p>Line one.</p><p>Line two.</p></div></div>' +
        '<h2>Next</h2><p>After.</p>',
    );
  });

  it('starts a new row at each picture', () => {
    const out = html('![One](/1.svg)\n\nA.\n\n![Two](/2.svg)\n\nB.\n\n- a list\n');
    expect(out.match(/class="picture-row"/g)).toHaveLength(2);
    expect(out).toContain('<img src="/2.svg" alt="Two"></div><div class="picture-row-text"><p>B.</p><ul><li>a list</li></ul></div>');
  });

  it('leaves pages without lone pictures unchanged, and pictures inside sentences alone', () => {
    const plain = '## Heading\n\nSome text with ![an icon](/i.svg) inside.\n\n- a list';
    expect(html(plain)).toBe(String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(plain)).replace(/\n/g, ''));
  });

  it('keeps a picture with no text after it in a row of its own', () => {
    expect(html('Intro.\n\n![Alone](/a.svg)')).toBe(
      '<p>Intro.</p><div class="picture-row"><div class="picture-row-image"><img src="/a.svg" alt="Alone"></div><div class="picture-row-text"></div></div>',
    );
  });
});
