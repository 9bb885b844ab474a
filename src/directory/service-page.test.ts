/** One service's page model, from the feature's own fixture (__fixtures__/services-not-known.csv and taxonomy.csv). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readServices } from './services';
import { readTaxonomy } from './taxonomy';
import { servicePage } from './service-page';
import { OTHER_CATEGORY } from './other-category';

const TODAY = new Date('2026-11-22T10:00:00Z');
const taxonomy = readTaxonomy(readFileSync('src/directory/__fixtures__/taxonomy.csv'), 'taxonomy.csv').value;
const services = readServices(readFileSync('src/directory/__fixtures__/services-not-known.csv'), 'services.csv', taxonomy, TODAY).value;
const site = { siteUrl: 'https://offer.example/local/', council: 'Testshire Council', areaName: 'Testshire', email: 'offer@example.org' };

describe('a service’s page', () => {
  it('has its full address under the site’s, and a report link that names the service and the page', () => {
    const s = services[0]!;
    const page = servicePage(s, taxonomy, site);
    expect(page.url).toBe(`https://offer.example/local/services/${s.id}/`);
    expect(page.reportHref.startsWith(`mailto:${site.email}?`)).toBe(true);
    expect(decodeURIComponent(page.reportHref)).toContain(page.url);
    expect(decodeURIComponent(page.reportHref)).toContain(s.name);
  });

  it('labels its categories and needs from the taxonomy, and puts a service with no category under "other"', () => {
    for (const s of services) {
      const page = servicePage(s, taxonomy, site);
      expect(page.needs.map((n) => n.id)).toEqual(s.needs);
      if (s.categories.length === 0) expect(page.categories).toEqual([{ id: OTHER_CATEGORY.id, label: OTHER_CATEGORY.label }]);
      else expect(page.categories.map((c) => c.id)).toEqual(s.categories);
      for (const c of page.categories) expect(c.label).not.toBe('');
    }
  });

  it('splits the description at blank lines, and makes structured data that cannot close its <script>', () => {
    for (const s of services) {
      const page = servicePage(s, taxonomy, site);
      expect(page.paragraphs.join('\n\n')).toBe(s.description.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n'));
      expect(page.ld).not.toContain('<');
      expect(JSON.parse(page.ld)).toMatchObject({ name: s.name });
    }
  });
});
