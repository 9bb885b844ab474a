import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { closeAstroRenderer, renderAstro } from '../render-astro.node.ts';
import { formatDate } from '../../core/format';
import { strings } from '../../config/strings';
import { datesWords } from '../../config/strings/en-dates';
import { DATES_PANEL_EXAMPLES } from './examples';
import { lastUpdatedRow, nextUpdateRow } from './dates-panel';

afterAll(closeAstroRenderer);

const render = async (name: string) => {
  const example = DATES_PANEL_EXAMPLES.find((e) => e.name === name)!;
  const html = await renderAstro('/src/ui/dates-panel/DatesPanel.astro', { props: example.props, slots: example.extra ? { default: example.extra } : {} });
  return { example, panel: parse(html).querySelector('dl.panel')! };
};

describe('the dates panel, from its named examples', () => {
  it('gives each row a term and its date as a <time> with the machine date', async () => {
    const { panel } = await render('last updated only');
    expect(panel.querySelector('dt')?.text).toBe('Last updated');
    const time = panel.querySelector('dd time')!;
    expect(time.getAttribute('datetime')).toBe('2026-11-03');
    expect(time.text).toBe(formatDate('2026-11-03'));
  });

  it('puts the words after a date with a space, in the same line', async () => {
    const { panel } = await render('last updated, and the next update with the month it covers');
    const [, next] = panel.querySelectorAll('dd');
    expect(panel.querySelectorAll('dt').map((d) => d.text)).toEqual(['Last updated', 'Next update due']);
    expect(next!.text).toBe(`${formatDate('2026-12-21')} (figures for November 2026)`);
  });

  it('links an estimate to where it is explained, with words after the link', async () => {
    const { panel } = await render('the latest review, and an estimate linked to where it is explained');
    const last = panel.querySelectorAll('dd').at(-1)!;
    expect(last.querySelector('a')?.getAttribute('href')).toBe('#next-review');
    expect(last.text).toBe('Around October 2026 (an estimate)');
    expect(last.querySelector('time')).toBeNull();
  });

  it('shows words alone without a leading space, and keeps the slot’s rows after its own', async () => {
    const { panel } = await render('words with no date, and an extra row in the slot');
    expect(panel.querySelector('dd')?.text).toBe('DfE, 2025');
    expect(panel.querySelectorAll('dt').map((d) => d.text)).toEqual(['Figures from', 'Last updated', 'Target']);
  });
});

describe('the standard rows', () => {
  it('say "Last updated" in the site’s words', () => {
    expect(lastUpdatedRow('2026-11-03')).toEqual({ term: datesWords.lastUpdated, date: '2026-11-03' });
    expect(strings.footer.lastUpdated).toBe(datesWords.lastUpdated);
  });
});

describe('the next update row', () => {
  it('names the period its figures cover', () => {
    expect(nextUpdateRow('2026-12-21', 'November 2026')).toEqual({ term: 'Next update due', date: '2026-12-21', text: '(figures for November 2026)' });
  });

  it('says when the update is late, and only then', () => {
    expect(nextUpdateRow('2026-10-21', 'September 2026', true).text).toBe('(figures for September 2026). This update is late.');
    expect(nextUpdateRow('2026-10-21', 'September 2026', false).text).not.toContain('late');
  });
});
