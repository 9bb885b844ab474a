import { describe, expect, it } from 'vitest';
import { absoluteUrl, BASE_PATH, isSitePath, normaliseBase, withBase, withoutBase } from './base-path';

describe('the base path', () => {
  it('is the root in unit tests, as Vite gives it with no base set', () => {
    expect(BASE_PATH).toBe('/');
  });

  it('is written with one slash at each end, however it was typed', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/localoffer')).toBe('/localoffer/');
    expect(normaliseBase('localoffer/')).toBe('/localoffer/');
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
  });
});

describe('withBase', () => {
  it('puts the base in front of a site path', () => {
    expect(withBase('/guides/', '/local-offer/')).toBe('/local-offer/guides/');
    expect(withBase('/', '/local-offer/')).toBe('/local-offer/');
    expect(withBase('/services/?need=autism#results', '/localoffer/')).toBe('/localoffer/services/?need=autism#results');
    // A page of the site whose own name is the base's: the base is still added.
    expect(withBase('/local-offer/', '/local-offer/')).toBe('/local-offer/local-offer/');
  });

  it('leaves a site at the root of its domain as it is', () => {
    expect(withBase('/guides/', '/')).toBe('/guides/');
    expect(withBase('/guides/')).toBe('/guides/');
  });

  it('leaves addresses that are not site paths as they are', () => {
    for (const address of ['https://www.gov.uk/', '//cdn.example/x.js', 'mailto:a@b.example', 'tel:01632960000', '#main', '?q=x', 'guides/', '']) {
      expect(isSitePath(address)).toBe(false);
      expect(withBase(address, '/local-offer/')).toBe(address);
    }
  });
});

describe('withoutBase', () => {
  it('turns an address under the base into a site path', () => {
    expect(withoutBase('/local-offer/guides/x/', '/local-offer/')).toBe('/guides/x/');
    expect(withoutBase('/local-offer/', '/local-offer/')).toBe('/');
    expect(withoutBase('/local-offer', '/local-offer/')).toBe('/');
    expect(withoutBase('/local-offer/local-offer/', '/local-offer/')).toBe('/local-offer/');
  });

  it('leaves an address outside the base, or any address at the root, as it is', () => {
    expect(withoutBase('/local-offers/', '/local-offer/')).toBe('/local-offers/');
    expect(withoutBase('/guides/', '/local-offer/')).toBe('/guides/');
    expect(withoutBase('/guides/', '/')).toBe('/guides/');
  });

  it('undoes withBase', () => {
    for (const path of ['/', '/guides/', '/pl/guides/x/', '/local-offer/']) expect(withoutBase(withBase(path, '/a/b/'), '/a/b/')).toBe(path);
  });
});

describe('absoluteUrl', () => {
  it('keeps the path of the site address', () => {
    expect(absoluteUrl('/updates/x/', 'https://example.github.io/local-offer/')).toBe('https://example.github.io/local-offer/updates/x/');
    expect(absoluteUrl('/updates/x/', 'https://example.github.io/local-offer')).toBe('https://example.github.io/local-offer/updates/x/');
    expect(absoluteUrl('/', 'https://www.council.example/localoffer/')).toBe('https://www.council.example/localoffer/');
  });

  it('works for a site at the root of its domain', () => {
    expect(absoluteUrl('/sitemap-index.xml', 'https://localoffer.council.example')).toBe('https://localoffer.council.example/sitemap-index.xml');
  });

  it('leaves another site\'s address as it is', () => {
    expect(absoluteUrl('https://www.gov.uk/x', 'https://example.github.io/local-offer/')).toBe('https://www.gov.uk/x');
  });
});
