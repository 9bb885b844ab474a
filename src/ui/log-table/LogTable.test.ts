import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { closeAstroRenderer, renderAstro } from '../render-astro.node.ts';
import { formatDate } from '../../core/format';
import { LOG_TABLE_EXAMPLES } from './examples';

afterAll(closeAstroRenderer);

const render = async (name: string) => {
  const example = LOG_TABLE_EXAMPLES.find((e) => e.name === name)!;
  const html = await renderAstro('/src/ui/log-table/LogTable.astro', { props: { ...example.props } });
  return { example, root: parse(html) };
};

describe('the log table, from its named examples', () => {
  it('says the empty words in bold, and draws no table, when the log is empty', async () => {
    const { example, root } = await render('an empty log');
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('p strong')?.text).toBe(example.props.empty);
  });

  it('is a scrolling region named by its caption, with the columns in order', async () => {
    const { example, root } = await render('two lines, one linked to its page and one with no page');
    const region = root.querySelector('[role=region]')!;
    expect(region.getAttribute('aria-labelledby')).toBe(example.props.captionId);
    expect(root.querySelector(`caption#${example.props.captionId}`)?.text).toBe(example.props.caption);
    expect(root.querySelectorAll('thead th[scope=col]').map((th) => th.text)).toEqual(example.props.columns);
  });

  it('gives each line its date as a <time>, the data linked when it has a page, and what changed as the row header', async () => {
    const { example, root } = await render('two lines, one linked to its page and one with no page');
    const [linked, plain] = root.querySelectorAll('tbody tr');
    const [first, second] = example.props.rows;
    expect(linked!.querySelector('time')?.getAttribute('datetime')).toBe(first!.date);
    expect(linked!.querySelector('time')?.text).toBe(formatDate(first!.date));
    expect(linked!.querySelector('a')?.getAttribute('href')).toBe(first!.page);
    expect(linked!.querySelector('a')?.text).toBe(first!.title);
    expect(linked!.querySelector('th[scope=row]')?.text).toBe(first!.what);
    expect(plain!.querySelector('a')).toBeNull();
    expect(plain!.querySelectorAll('td')[1]?.text).toBe(second!.title);
  });

  it('puts every cell after the row header, in order', async () => {
    const { example, root } = await render('a revision, with two cells after the row header');
    const row = root.querySelector('tbody tr')!;
    expect(row.querySelectorAll('td').slice(2).map((td) => td.text)).toEqual(example.props.rows[0]!.cells);
    expect(row.childNodes.filter((n) => 'tagName' in n).map((n) => (n as unknown as { tagName: string }).tagName)).toEqual(['TD', 'TD', 'TH', 'TD', 'TD']);
  });
});
