import { describe, expect, it } from 'vitest';
import { TURNING_POINTS as T } from '../core/__fixtures__/uk-time';
import { formatProblem } from '../core/problems';
import type { AccessibilityConfig } from '../config/site-schema';
import { accessibilityView, pageKindsOf, PAGE_KINDS, statementOverdue, unknownPageKinds } from './accessibility';

const FULL_SITE = { hasPlan: true, hasLanguages: true };
const base: AccessibilityConfig = { prepared: '2026-09-01', reviewed: '2026-11-02' };
const audited = (pageTypes?: string[]): AccessibilityConfig => ({ ...base, audit: { date: '2026-10-15', by: 'the council digital team', ...(pageTypes ? { pageTypes } : {}) } });

describe('the accessibility statement', () => {
  it('is only "partially compliant" while no person has audited the site, and says so', () => {
    const view = accessibilityView(base, FULL_SITE, []);
    expect(view.compliant).toBe('partially');
    expect(view.status).toMatch(/^This website is partially compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard/);
    expect(view.gaps).toEqual([expect.stringMatching(/^No person has yet checked this website/)]);
    expect(view.testing).toMatch(/^No person has checked the website yet\./);
    expect([view.prepared, view.reviewed]).toEqual(['1 September 2026', '2 November 2026']);
  });

  it('is "fully compliant" after an audit of every kind of page, naming who did it and when', () => {
    const view = accessibilityView(audited(), FULL_SITE, []);
    expect(view.compliant).toBe('fully');
    expect(view.status).toBe('This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.');
    expect(view.gaps).toEqual([]);
    expect(view.testing).toContain('on 15 October 2026');
    expect(view.testing).toContain('by the council digital team');
  });

  it('lists the kinds of page an audit left out, and only those the site has', () => {
    const all = PAGE_KINDS.map((k) => k.id).filter((id) => id !== 'directory' && id !== 'translations');
    const view = accessibilityView(audited(all), FULL_SITE, []);
    expect(view.compliant).toBe('partially');
    expect(view.gaps).toEqual([expect.stringMatching(/did not cover the services directory.*; pages in other languages\./)]);
    // A site with no translations has no such pages to audit.
    expect(accessibilityView(audited(all), { hasPlan: true, hasLanguages: false }, []).gaps[0]).not.toContain('other languages');
    expect(pageKindsOf({ hasPlan: false, hasLanguages: false }).map((k) => k.id)).not.toContain('progress');
  });

  it('lists translations no qualified translator has checked, by language, even after a full audit', () => {
    const unchecked = [
      { language: 'Polish', title: 'A' },
      { language: 'Polish', title: 'B' },
      { language: 'Urdu', title: 'A' },
    ];
    const view = accessibilityView(audited(), FULL_SITE, unchecked);
    expect(view.compliant).toBe('partially');
    expect(view.gaps).toEqual([expect.stringContaining('(2 Polish guides and 1 Urdu guide)')]);
  });

  it('stops on an audited kind of page it does not know', () => {
    expect(unknownPageKinds(audited(['guides', 'gides']), 'data/site.yaml').map(formatProblem)).toEqual([
      expect.stringMatching(/^Error: data\/site\.yaml, column "accessibility\.audit\.pageTypes": Found "gides"\. Expected a kind of page, one of: home, guides, /),
    ]);
    expect(unknownPageKinds(audited(), 'data/site.yaml')).toEqual([]);
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
