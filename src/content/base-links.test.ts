import { describe, expect, it } from 'vitest';
import { markdownToHtml, type HastPluginEntry } from 'satteri';
import { baseLinksPlugin } from './base-links';
import { glossaryLinks } from './glossary/glossary-links';

const html = async (markdown: string, plugins: HastPluginEntry[]) => (await markdownToHtml(markdown, { hastPlugins: plugins })).html.replace(/\n/g, '');

describe('site paths in guides, for a site under a path', () => {
  it('get the base in front: links and pictures', async () => {
    expect(await html('See [our figures](/data/ehcp-timeliness/#latest).\n\n![A phone](/images/easy-read/phone.svg)', [baseLinksPlugin('/local-offer/')])).toBe(
      '<p>See <a href="/local-offer/data/ehcp-timeliness/#latest">our figures</a>.</p><p><img src="/local-offer/images/easy-read/phone.svg" alt="A phone"></p>',
    );
  });

  it('leave other addresses alone: other sites, email, phone, anchors and relative links', async () => {
    const markdown = '[a](https://www.gov.uk/x) [b](mailto:a@b.example) [c](tel:01632960000) [d](#part) [e](../other/) [f](//cdn.example/x)';
    expect(await html(markdown, [baseLinksPlugin('/local-offer/')])).toBe(await html(markdown, []));
  });

  it('do nothing for a site at the root of its domain', async () => {
    expect(baseLinksPlugin('/')).toBeNull();
  });

  it('get the base once, with the glossary plugin before it', async () => {
    const entries = [{ term: 'Education, Health and Care Plan', abbreviation: 'EHCP', meaning: 'A plan.', slug: 'ehcp' }];
    const out = await html('An EHCP, and [the glossary](/glossary/).', [glossaryLinks({ entries: entries as never, glossaryPath: '/glossary/' }), baseLinksPlugin('/lo/')]);
    expect(out).toContain('<a href="/lo/glossary/#ehcp" class="glossary-link">');
    expect(out).toContain('<a href="/lo/glossary/">the glossary</a>');
  });
});
