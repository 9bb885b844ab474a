import { describe, expect, it } from 'vitest';
import { languageHomeView, translatedRelated } from './view';
import { siteLanguages } from '../core/languages';
import { stringsFor } from '../config/strings';

const ur = siteLanguages(['ur'])[1]!;
const guide = (slug: string, title: string, order: number, extra: { related?: string[]; topics?: string[] } = {}) => ({
  slug,
  data: { title, order, topics: extra.topics ?? ['ehcp'], audience: 'parents-carers' as const, format: 'standard' as const, ...(extra.related ? { related: extra.related } : {}) },
});
const english = [
  guide('if-you-disagree', 'If you disagree with a decision', 6),
  guide('what-is-the-local-offer', 'What is the Local Offer?', 1, { topics: ['local-offer'] }),
  guide('ehcp-process', 'The 20-week EHC plan process', 4, { related: ['if-you-disagree', 'annual-reviews'] }),
  guide('annual-reviews', 'Annual reviews of EHC plans', 5),
];
const translated = [
  { slug: 'ehcp-process', title: 'EHC پلان کا 20 ہفتوں کا عمل', summary: 'خلاصہ' },
  { slug: 'if-you-disagree', title: 'اگر آپ متفق نہ ہوں', summary: 'خلاصہ' },
];

describe('languageHomeView', () => {
  const view = languageHomeView(ur, stringsFor('ur'), translated, english);

  it('lists the translated guides in the English guides’ order, linked in the language', () => {
    expect(view.guides.map((g) => [g.href, g.title])).toEqual([
      ['/ur/guides/ehcp-process/', 'EHC پلان کا 20 ہفتوں کا عمل'],
      ['/ur/guides/if-you-disagree/', 'اگر آپ متفق نہ ہوں'],
    ]);
  });

  it('links to the English guides that are not translated, marked as English, and never to an English copy under /ur/', () => {
    expect(view.englishGuides).toEqual([
      { href: '/guides/what-is-the-local-offer/', title: 'What is the Local Offer?', hreflang: 'en-GB' },
      { href: '/guides/annual-reviews/', title: 'Annual reviews of EHC plans', hreflang: 'en-GB' },
    ]);
    expect(view.englishSections.every((s) => s.hreflang === 'en-GB' && !s.href.startsWith('/ur/'))).toBe(true);
    expect(view.englishSections[0]).toEqual({ href: '/services/', title: 'سروسز: اپنے قریب مدد تلاش کریں', hreflang: 'en-GB' });
  });
});

describe('translatedRelated', () => {
  it('suggests only related guides translated into the same language', () => {
    expect(translatedRelated(ur, english[2]!, english, translated)).toEqual([{ href: '/ur/guides/if-you-disagree/', title: 'اگر آپ متفق نہ ہوں' }]);
  });
});
