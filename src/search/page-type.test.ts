import { describe, expect, it } from 'vitest';
import { isNotFoundPage, isSearchIndexed, pageTypeFor } from './page-type';

describe('pageTypeFor', () => {
  it.each([
    ['/guides/if-you-disagree/', 'Guide'],
    ['/guides/', 'Guide'],
    ['/young-people/what-is-an-ehc-plan/', 'Guide'],
    ['/services/', 'Service'],
    ['/services/sendiass/', 'Service'],
    ['/data/ehcp-timeliness/', 'Figures'],
    ['/progress/', 'Figures'],
    ['/updates/', 'Update'],
    ['/updates/type/news/', 'Update'],
    ['/', 'Page'],
    ['/tools/ehcp-timeline/', 'Page'],
    ['/accessibility/', 'Page'],
    ['/guidesx/', 'Page'],
  ])('%s is a %s', (path, type) => {
    expect(pageTypeFor(path)).toBe(type);
  });
});

describe('isSearchIndexed', () => {
  it('leaves out the search page and the not-found page', () => {
    expect(isSearchIndexed('/search/')).toBe(false);
    expect(isSearchIndexed('/404.html')).toBe(false);
    expect(isSearchIndexed('/404/')).toBe(false);
    expect(isSearchIndexed('/publish/check/')).toBe(false);
  });
  it('indexes everything else', () => {
    expect(isSearchIndexed('/')).toBe(true);
    expect(isSearchIndexed('/updates/2026-10-20-you-said-phone-line/')).toBe(true);
  });
});

describe('isNotFoundPage', () => {
  it('is the not-found page however the host names it, and no other', () => {
    for (const path of ['/404/', '/404.html', '/404']) expect(isNotFoundPage(path)).toBe(true);
    for (const path of ['/', '/guides/404/', '/search/']) expect(isNotFoundPage(path)).toBe(false);
  });
});
