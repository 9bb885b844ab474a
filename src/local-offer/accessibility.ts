/**
 * The accessibility statement (Public Sector Bodies (Websites and Mobile
 * Applications) Accessibility Regulations 2018, regulation 8), worked out from
 * facts in the GOV.UK model statement's order. It says "fully compliant" only
 * when the configuration records a manual audit by a person that covered every
 * kind of page and nothing else is known to fall short; otherwise "partially
 * compliant", listing what is known: kinds of page no person has checked, and
 * translations no qualified translator has checked.
 */
import { addYears, isoDay } from '../core/dates';
import { formatDate } from '../core/format';
import { problem, type DataProblem } from '../core/problems';
import type { AccessibilityConfig } from '../config/site-schema';

/** The kinds of page this software builds, as an audit lists them (`accessibility.audit.pageTypes`). */
export const PAGE_KINDS = [
  { id: 'home', label: 'the home page' },
  { id: 'guides', label: 'guides, including easy-read guides' },
  { id: 'directory', label: 'the services directory: search, filters, service pages and the shortlist' },
  { id: 'figures', label: 'figures, charts and tables' },
  { id: 'progress', label: 'progress on the improvement plan', when: 'plan' },
  { id: 'updates', label: 'news and updates' },
  { id: 'tools', label: 'the EHC plan timeline calculator' },
  { id: 'search', label: 'site search' },
  { id: 'translations', label: 'pages in other languages', when: 'languages' },
  { id: 'information', label: 'information pages: contact, privacy, have your say and this statement' },
] as const satisfies readonly { id: string; label: string; when?: 'plan' | 'languages' }[];

export type PageKindId = (typeof PAGE_KINDS)[number]['id'];

/** What this site has, so only kinds of page it builds are listed. */
export interface SiteShape {
  hasPlan: boolean;
  hasLanguages: boolean;
}

export function pageKindsOf(shape: SiteShape): { id: PageKindId; label: string }[] {
  return PAGE_KINDS.filter((k) => !('when' in k) || (k.when === 'plan' ? shape.hasPlan : shape.hasLanguages)).map(({ id, label }) => ({ id, label }));
}

/** A translated guide waiting for a qualified translator's check. */
export interface UncheckedTranslation {
  /** The language's name in English, e.g. "Polish". */
  language: string;
  title: string;
}

export interface AccessibilityView {
  compliant: 'fully' | 'partially';
  /** "This website is partially compliant with …" */
  status: string;
  /** What is known to fall short, one sentence each; empty when fully compliant. */
  gaps: string[];
  prepared: string;
  reviewed: string;
  /** "The website was last checked by a person on …", or how it is tested when no one has. */
  testing: string;
}

/** "2 Polish guides, 1 Urdu guide". */
function countByLanguage(unchecked: readonly UncheckedTranslation[]): string {
  const counts = new Map<string, number>();
  for (const u of unchecked) counts.set(u.language, (counts.get(u.language) ?? 0) + 1);
  const parts = [...counts].map(([language, n]) => `${n} ${language} ${n === 1 ? 'guide' : 'guides'}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The statement's facts and sentences. */
export function accessibilityView(config: AccessibilityConfig, shape: SiteShape, unchecked: readonly UncheckedTranslation[]): AccessibilityView {
  const kinds = pageKindsOf(shape);
  const audit = config.audit;
  const audited = new Set(audit?.pageTypes ?? (audit ? kinds.map((k) => k.id) : []));
  const notAudited = kinds.filter((k) => !audited.has(k.id));
  const gaps: string[] = [];
  if (!audit) {
    gaps.push(
      'No person has yet checked this website against the Web Content Accessibility Guidelines (WCAG) 2.2 AA (a manual audit). Every page is tested by automated checks each time the site is built, but automated checks find only some problems.',
    );
  } else if (notAudited.length > 0) {
    gaps.push(`The manual audit did not cover ${notAudited.map((k) => k.label).join('; ')}. These are tested only by automated checks, which find only some problems.`);
  }
  if (unchecked.length > 0) {
    gaps.push(
      `Some translations have not yet been checked by a qualified translator (${countByLanguage(unchecked)}), so they may contain mistakes that make them harder to understand. Each of these pages says so, and links to the English page.`,
    );
  }
  const compliant = audit && gaps.length === 0 ? 'fully' : 'partially';
  return {
    compliant,
    status:
      compliant === 'fully'
        ? 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.'
        : 'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the gaps listed below.',
    gaps,
    prepared: formatDate(config.prepared),
    reviewed: formatDate(config.reviewed),
    testing: audit
      ? `The website was last checked by a person on ${formatDate(audit.date)}. The check was carried out by ${audit.by}. Every page is also tested by automated checks (axe) each time the site is built.`
      : 'No person has checked the website yet. Every page is tested by automated checks (axe), at full width and at 320 pixels wide, each time the site is built.',
  };
}

/** Audited kinds of page this software does not know, so a typo does not claim an audit that did not happen. */
export function unknownPageKinds(config: AccessibilityConfig, file: string): DataProblem[] {
  const known: readonly string[] = PAGE_KINDS.map((k) => k.id);
  return (config.audit?.pageTypes ?? [])
    .filter((id) => !known.includes(id))
    .map((id) => problem({ file, column: 'accessibility.audit.pageTypes', value: id, expected: `a kind of page, one of: ${known.join(', ')}`, fix: 'Or leave pageTypes out if the audit covered every kind of page.' }));
}

/**
 * A warning when the statement has not been reviewed for 12 months: the
 * regulations ask for it to be kept up to date. Reviewed on this day last year
 * is still in time; the day before is not.
 */
export function statementOverdue(config: AccessibilityConfig, today: Date, file: string): DataProblem[] {
  const yearAgo = addYears(isoDay(today), -1);
  if (config.reviewed >= yearAgo) return [];
  return [
    problem({
      file,
      column: 'accessibility.reviewed',
      value: config.reviewed,
      expected: `an accessibility statement reviewed in the last 12 months (since ${formatDate(yearAgo)})`,
      fix: 'Read the statement at /accessibility/, check it is still true, then set accessibility.reviewed to the day you did.',
      severity: 'warning',
    }),
  ];
}
