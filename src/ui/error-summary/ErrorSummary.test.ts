import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { closeAstroRenderer, renderAstro } from '../render-astro.node.ts';
import { ERROR_SUMMARY_EXAMPLES } from './examples';
import { describedBy, errorTitle, ERROR_SUMMARY_WORDS } from './error-summary';

afterAll(closeAstroRenderer);

const render = async (name: string) => {
  const example = ERROR_SUMMARY_EXAMPLES.find((e) => e.name === name)!;
  const html = await renderAstro('/src/ui/error-summary/ErrorSummary.astro', { props: example.props, slots: example.intro ? { default: `<p>${example.intro}</p>` } : {} });
  return { example, box: parse(html).querySelector('[data-error-summary]')! };
};

describe('the error summary (GOV.UK pattern), from its named examples', () => {
  it('renders hidden and empty for a page script to fill, focusable and named by its heading', async () => {
    const { box } = await render('empty, for a page script to fill');
    expect(box.hasAttribute('hidden')).toBe(true);
    expect(box.getAttribute('tabindex')).toBe('-1');
    expect(box.getAttribute('aria-labelledby')).toBe('timeline-errors-title');
    expect(box.querySelector('h2#timeline-errors-title')?.text).toBe(ERROR_SUMMARY_WORDS.title);
    expect(box.querySelectorAll('[data-error-summary-list] li')).toHaveLength(0);
  });

  it('shows each error as a link to its field, in order, when errors are given', async () => {
    for (const name of ['one error linked to its field', 'two errors, in the order of the fields']) {
      const { example, box } = await render(name);
      expect(box.hasAttribute('hidden'), name).toBe(false);
      const links = box.querySelectorAll('li a').map((a) => [a.getAttribute('href'), a.text]);
      expect(links).toEqual(example.props.errors!.map((e) => [e.href, e.text]));
    }
  });

  it('can sit inside a section (h3), with an intro and problems that are not links', async () => {
    const { example, box } = await render('inside a section, with a count and problems no field can fix');
    expect(box.querySelector('h2')).toBeNull();
    expect(box.querySelector('h3')?.text).toBe(ERROR_SUMMARY_WORDS.title);
    expect(box.querySelector('p')?.text).toBe(example.intro);
    const item = box.querySelector('li')!;
    expect(item.querySelector('a')).toBeNull();
    expect(item.querySelector('strong')?.text).toBe(example.props.errors![0]!.lead);
    expect(item.text).toContain(example.props.errors![0]!.text);
  });
});

describe('the words around it', () => {
  it('put "Error: " before the page title once, and take it away again', () => {
    expect(errorTitle('Find a service – Northbrook', true)).toBe('Error: Find a service – Northbrook');
    expect(errorTitle('Error: Find a service – Northbrook', true)).toBe('Error: Find a service – Northbrook');
    expect(errorTitle('Error: Find a service – Northbrook', false)).toBe('Find a service – Northbrook');
  });

  it('add the error message to what describes a field, first, and take it away', () => {
    expect(describedBy('near-hint', 'near-error', true)).toBe('near-error near-hint');
    expect(describedBy('near-error near-hint', 'near-error', true)).toBe('near-error near-hint');
    expect(describedBy('near-error near-hint', 'near-error', false)).toBe('near-hint');
    expect(describedBy(null, 'near-error', false)).toBe('');
  });
});
