import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { phoneLinksPlugin } from './phone-links';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [phoneLinksPlugin] })).html.replace(/\n/g, '');

describe('phone numbers in guides', () => {
  it('become tap-to-call links, however they are spaced', async () => {
    expect(await html('Call 01632 960 456 to arrange it.')).toBe('<p>Call <a href="tel:01632960456" class="whitespace-nowrap">01632 960 456</a> to arrange it.</p>');
    expect(await html('Or +44 (0)1632 960107, or 01632960107.')).toBe(
      '<p>Or <a href="tel:+441632960107" class="whitespace-nowrap">+44 (0)1632 960107</a>, or <a href="tel:01632960107" class="whitespace-nowrap">01632960107</a>.</p>',
    );
  });

  it('leave years, counts, dates, links and headings alone', async () => {
    for (const text of ['In 2026 we issued 1200 plans.', 'Due 01/02/2026.', '## Call 01632 960 000', 'See [01632 960 000](tel:01632960000).', 'Code `01632 960 000`.']) {
      expect(await html(text), text).not.toContain('href="tel:01632960000" class');
    }
    expect(await html('In 2026 we issued 1200 plans.')).toBe('<p>In 2026 we issued 1200 plans.</p>');
  });
});
