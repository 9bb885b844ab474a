import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TURNING_POINTS as T } from '../core/__fixtures__/uk-time';
import { formatProblem } from '../core/problems';
import type { AccessibilityConfig, UnfixedIssue } from '../config/site-schema';
import { routePattern } from '../build/optional-pages.node';
import { sentences } from '../listen/sentences';
import { accessibilityView, auditOld, failureWords, formatsWords, pageKindOf, pageKindsOf, PAGE_KINDS, statementOverdue, unknownPageKinds } from './accessibility';

const FULL_SITE = { hasPlan: true, hasLanguages: true };
const EVERY_KIND = PAGE_KINDS.map((k) => k.id);
const base: AccessibilityConfig = { prepared: '2026-09-01', reviewed: '2026-11-02' };
const audited = (pageTypes: string[] = EVERY_KIND, unfixed: UnfixedIssue[] = []): AccessibilityConfig => ({ ...base, audit: { date: '2026-10-15', by: 'the council digital team', pageTypes, unfixed } });

describe('the accessibility statement', () => {
  it('is only "partially compliant" while no person has audited the site, and says so', () => {
    const view = accessibilityView(base, FULL_SITE, []);
    expect(view.compliant).toBe('partially');
    expect(view.status).toMatch(/^This website is partially compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard/);
    expect(view.gaps).toEqual([{ text: expect.stringMatching(/^No person has yet checked this website/) }]);
    expect(view.testing).toMatch(/^No person has checked the website yet\./);
    expect([view.prepared, view.reviewed]).toEqual(['1 September 2026', '2 November 2026']);
  });

  it('is "fully compliant" after an audit of every kind of page that left nothing unfixed, naming who did it and when', () => {
    const view = accessibilityView(audited(), FULL_SITE, []);
    expect(view.compliant).toBe('fully');
    expect(view.status).toBe('This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.');
    expect(view.gaps).toEqual([]);
    expect(view.failures).toEqual([]);
    expect(view.testing).toContain('on 15 October 2026');
    expect(view.testing).toContain('by the council digital team');
  });

  it('lists the kinds of page an audit left out, and only those the site has', () => {
    const all = PAGE_KINDS.map((k) => k.id).filter((id) => id !== 'directory' && id !== 'translations');
    const view = accessibilityView(audited(all), FULL_SITE, []);
    expect(view.compliant).toBe('partially');
    expect(view.gaps).toEqual([{ text: expect.stringMatching(/^The manual audit did not cover these kinds of page\./), items: [PAGE_KINDS.find((k) => k.id === 'directory')!.label, 'pages in other languages'] }]);
    // A site with no translations has no such pages to audit.
    expect(accessibilityView(audited(all), { hasPlan: true, hasLanguages: false }, []).gaps[0]!.items).not.toContain('pages in other languages');
    expect(pageKindsOf({ hasPlan: false, hasLanguages: false }).map((k) => k.id)).not.toContain('progress');
  });

  it('is only "partially compliant" after a full audit that found problems not yet fixed, and lists each with its criterion and date', () => {
    const unfixed = [
      { issue: 'Some charts use colours that are hard to tell apart', criterion: '1.4.11 Non-text Contrast', fixBy: '2027-03-01' },
      { issue: 'The map has no text alternative.' },
    ];
    const view = accessibilityView(audited(EVERY_KIND, unfixed), FULL_SITE, []);
    expect(view.compliant).toBe('partially');
    expect(view.status).toMatch(/because of the problems listed below\.$/);
    expect(view.gaps).toEqual([]);
    expect(view.failures).toEqual([
      'Some charts use colours that are hard to tell apart. This fails success criterion 1.4.11 Non-text Contrast of the Web Content Accessibility Guidelines (WCAG) 2.2. We plan to fix this by 1 March 2027.',
      'The map has no text alternative.',
    ]);
    expect(accessibilityView(audited(['home'], unfixed), FULL_SITE, []).status).toMatch(/because of the problems and gaps listed below\.$/);
  });

  it('lists translations no qualified translator has checked, by language, even after a full audit', () => {
    const unchecked = [
      { language: 'Polish', title: 'A' },
      { language: 'Polish', title: 'B' },
      { language: 'Urdu', title: 'A' },
    ];
    const view = accessibilityView(audited(), FULL_SITE, unchecked);
    expect(view.compliant).toBe('partially');
    expect(view.gaps).toEqual([{ text: expect.stringContaining('(2 Polish guides and 1 Urdu guide)') }]);
  });

  it('stops on an audited kind of page it does not know, suggesting the nearest', () => {
    expect(unknownPageKinds(audited(['guides', 'gides']), 'data/site.yaml').map(formatProblem)).toEqual([
      expect.stringMatching(/^Error: data\/site\.yaml, column "accessibility\.audit\.pageTypes": Found "gides"\. Expected a kind of page, one of: home, guides, .*\. Did you mean guides\?/),
    ]);
    expect(unknownPageKinds(audited(), 'data/site.yaml')).toEqual([]);
  });

  it('gives every page the site builds a kind of page, so an audit can name it (a new page without one fails here)', () => {
    const pages = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace(/\\/g, '/'))
      // Pages of optional datasets (src/pages/_<dataset>/) are routed without their folder (src/build/optional-pages.node.ts).
      .map((f) => routePattern(f.replace(/^_[^/]+\//, '')));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((route) => pageKindOf(route) === undefined)).toEqual([]);
    expect(pageKindOf('/data/calendar')).toBe('calendar');
    expect(pageKindOf('/data/[id]')).toBe('figures');
    expect(pageKindOf('/have-your-say/comments/[year]')).toBe('comments');
    expect(pageKindOf('/have-your-say')).toBe('information');
    expect(pageKindOf('/[lang]/guides/[...slug]')).toBe('translations');
    expect(pageKindOf('/')).toBe('home');
    expect(pageKindOf('/nowhere')).toBeUndefined();
  });

  it('keeps every sentence to 25 words or fewer, whatever it has to say', () => {
    const unfixed = [{ issue: 'The map has no text alternative', criterion: '1.1.1 Non-text Content', fixBy: '2027-03-01' }];
    const views = [accessibilityView(base, FULL_SITE, [{ language: 'Polish', title: 'A' }]), accessibilityView(audited(['home'], unfixed), FULL_SITE, [{ language: 'Polish', title: 'A' }]), accessibilityView(audited(), FULL_SITE, [])];
    const texts = views.flatMap((v) => [v.status, v.testing, ...v.failures, ...v.gaps.flatMap((g) => [g.text, ...(g.items ?? [])])]);
    const long = [...texts, formatsWords([]), formatsWords(['large print', 'easy read', 'braille'])].flatMap((t) => sentences(t, 'en').map((s) => s.text)).filter((s) => s.split(/\s+/).length > 25);
    expect(long).toEqual([]);
  });

  it('offers only the formats the council lists, and with none promises none', () => {
    expect(formatsWords(['large print', 'easy read'])).toBe('We can give you the information on this website in other formats: large print and easy read. To ask for one:');
    const none = formatsWords([]);
    expect(none).toBe('If you need information on this website in a different format, ask us and we will tell you what we can do:');
    expect(none).not.toMatch(/braille|audio|large print|easy read/i);
  });

  it('writes an unfixed problem as the audit gives it, ending with a full stop', () => {
    expect(failureWords({ issue: 'Focus is hard to see on the menu' })).toBe('Focus is hard to see on the menu.');
    expect(failureWords({ issue: 'Focus is hard to see?', criterion: '2.4.7' })).toBe('Focus is hard to see? This fails success criterion 2.4.7 of the Web Content Accessibility Guidelines (WCAG) 2.2.');
  });

  describe('check-data warns when the audit is more than 12 months old', () => {
    it.each([
      ['on the last minute of June, audited on 30 June last year', T.lastMinuteOfJune, '2026-06-30', false],
      ['on the last minute of June, audited on 29 June last year', T.lastMinuteOfJune, '2026-06-29', true],
      ['on the first minute of July (still June in UTC), audited on 1 July last year', T.firstMinuteOfJuly, '2026-07-01', false],
      ['on the first minute of July, audited on 30 June last year', T.firstMinuteOfJuly, '2026-06-30', true],
    ])('%s', (_label, today, date, warned) => {
      const config: AccessibilityConfig = { prepared: '2020-01-01', reviewed: '2027-06-01', audit: { date, by: 'Us', pageTypes: ['home'], unfixed: [] } };
      const problems = auditOld(config, today, 'data/site.yaml');
      expect(problems.length).toBe(warned ? 1 : 0);
      if (warned) expect(formatProblem(problems[0]!)).toMatch(/^Warning: data\/site\.yaml, column "accessibility\.audit\.date": Found "\d{4}-\d{2}-\d{2}"\. Expected a manual audit in the last 12 months/);
    });
    it('says nothing when there is no audit (the statement already says so)', () => {
      expect(auditOld(base, T.lastMinuteOfJune, 'data/site.yaml')).toEqual([]);
    });
  });

  describe('check-data warns when it has not been reviewed for 12 months', () => {
    it.each([
      ['on the last minute of June, reviewed on 30 June last year', T.lastMinuteOfJune, '2026-06-30', false],
      ['on the last minute of June, reviewed on 29 June last year', T.lastMinuteOfJune, '2026-06-29', true],
      ['on the first minute of July (still June in UTC), reviewed on 1 July last year', T.firstMinuteOfJuly, '2026-07-01', false],
      ['on the first minute of July, reviewed on 30 June last year', T.firstMinuteOfJuly, '2026-06-30', true],
      ['on 1 March after 29 February, reviewed on 1 March last year', T.dayAfterLeapDay, '2027-03-01', false],
      ['on 1 March after 29 February, reviewed on 28 February last year', T.dayAfterLeapDay, '2027-02-28', true],
    ])('%s', (_label, today, reviewed, warned) => {
      const problems = statementOverdue({ prepared: '2020-01-01', reviewed }, today, 'data/site.yaml');
      expect(problems.length).toBe(warned ? 1 : 0);
      if (warned) expect(formatProblem(problems[0]!)).toMatch(/^Warning: data\/site\.yaml, column "accessibility\.reviewed": Found "\d{4}-\d{2}-\d{2}"\. Expected an accessibility statement reviewed in the last 12 months/);
    });
  });
});
