/**
 * While the site is the sample (sample: true in its site.yaml), every page
 * says so plainly, in the page's own language: no page of the made-up area
 * can pass for a real council's.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.node.ts';
import { stringsFor } from '../../src/config/strings';
import { fill } from '../../src/core/text';
import { builtPage, everyPagePath } from '../support/site';

describe('the sample says it is a sample', () => {
  it('is the sample', () => expect(site.sample).toBe(true));

  it.each(everyPagePath())('%s', (path) => {
    const html = builtPage(path);
    const lang = html.querySelector('html')?.getAttribute('lang') ?? 'en-GB';
    const banner = html.querySelector('.sample-banner');
    expect(banner, 'a sample banner').not.toBeNull();
    const expected = fill(stringsFor(lang.startsWith('en') ? 'en-GB' : lang.split('-')[0]!).header.sample, { area: site.areaName });
    expect(banner!.textContent.trim()).toBe(expected);
  });

  it('in each language, not in English', () => {
    const polish = builtPage('/pl/').querySelector('.sample-banner')!.textContent;
    expect(polish).not.toBe(builtPage('/').querySelector('.sample-banner')!.textContent);
  });
});
