import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { pictureRowsPlugin } from './picture-rows';

const html = async (markdown: string, plugins = [pictureRowsPlugin]) => (await markdownToHtml(markdown, { hastPlugins: plugins })).html.replace(/\n/g, '');

describe('pictureRowsPlugin', () => {
  it('puts a picture beside the lines that follow it, up to the next heading', async () => {
    const out = await html('## What it is\n\n![A plan](/p.svg)\n\nLine one.\n\nLine two.\n\n## Next\n\nAfter.');
    expect(out).toBe(
      '<h2>What it is</h2>' +
        '<div class="picture-row"><div class="picture-row-image"><img src="/p.svg" alt="A plan"></div>' +
        '<div class="picture-row-text"><p>Line one.</p><p>Line two.</p></div></div>' +
        '<h2>Next</h2><p>After.</p>',
    );
  });

  it('starts a new row at each picture', async () => {
    const out = await html('![One](/1.svg)\n\nA.\n\n![Two](/2.svg)\n\nB.\n\n- a list\n');
    expect(out.match(/class="picture-row"/g)).toHaveLength(2);
    expect(out).toContain('<img src="/2.svg" alt="Two"></div><div class="picture-row-text"><p>B.</p><ul><li>a list</li></ul></div>');
  });

  it('leaves pages without lone pictures unchanged, and pictures inside sentences alone', async () => {
    const plain = '## Heading\n\nSome text with ![an icon](/i.svg) inside.\n\n- a list';
    expect(await html(plain)).toBe(await html(plain, []));
  });

  it('keeps a picture with no text after it in a row of its own', async () => {
    expect(await html('Intro.\n\n![Alone](/a.svg)')).toBe(
      '<p>Intro.</p><div class="picture-row"><div class="picture-row-image"><img src="/a.svg" alt="Alone"></div><div class="picture-row-text"></div></div>',
    );
  });

  it('keeps figures from the data (MDX components) in the text beside a picture, and ends a row at a component on its own line', async () => {
    const { code } = await mdxToJs('![A plan](/p.svg)\n\nCall <Fact name="contact.phone" /> today.\n\n<Fact name="ehcp.latest" />\n', { hastPlugins: [pictureRowsPlugin] });
    const row = code.slice(code.indexOf('"picture-row-text"'));
    expect(row).toMatch(/^"picture-row-text",\s*children: _jsxs\(_components\.p, \{ children: \[\s*"Call ",\s*_jsx\(Fact, \{ name: "contact\.phone" \}\)/);
    // The component on its own line comes after the row, not inside it.
    expect(code.indexOf('"ehcp.latest"')).toBeGreaterThan(code.indexOf('"contact.phone"'));
    expect(code.match(/picture-row-text/g)).toHaveLength(1);
  });
});
