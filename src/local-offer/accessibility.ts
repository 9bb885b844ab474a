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
import { formatDate, listInWords } from '../core/format';
import { problem, type DataProblem } from '../core/problems';
import { closestMatch } from '../core/suggest';
import type { AccessibilityConfig, UnfixedIssue } from '../config/site-schema';

/**
 * The kinds of page this software builds, as an audit lists them
 * (`accessibility.audit.pageTypes`), with the routes each covers (a route
 * and everything under it; the longest match wins). accessibility.test.ts
 * fails when a page in src/pages belongs to none, so the list keeps up.
 */
export const PAGE_KINDS = [
  { id: 'home', label: 'the home page', routes: ['/'] },
  { id: 'guides', label: 'guides, including easy-read guides and the page for young people', routes: ['/guides', '/young-people'] },
  { id: 'directory', label: 'the services directory: search, filters, service pages and the shortlist', routes: ['/services'] },
  { id: 'figures', label: 'figures, charts and tables, and the log of changes to them', routes: ['/data'] },
  { id: 'calendar', label: 'the release calendar', routes: ['/data/calendar'] },
  { id: 'progress', label: 'progress on the improvement plan', routes: ['/progress'], when: 'plan' },
  { id: 'updates', label: 'news and updates', routes: ['/updates'] },
  { id: 'comments', label: 'the yearly pages of comments on the Local Offer and our response', routes: ['/have-your-say/comments'] },
  { id: 'tools', label: 'the EHC plan timeline calculator', routes: ['/tools'] },
  { id: 'search', label: 'site search', routes: ['/search'] },
  { id: 'glossary', label: 'the glossary of words we use', routes: ['/glossary'] },
  { id: 'open-data', label: 'the open data page', routes: ['/open-data'] },
  { id: 'local-offer', label: 'the page "What our Local Offer includes"', routes: ['/local-offer'] },
  { id: 'staff-check', label: 'the page where staff check data files before they publish them', routes: ['/publish'] },
  { id: 'translations', label: 'pages in other languages', routes: ['/[lang]'], when: 'languages' },
  { id: 'information', label: 'information pages: contact us, have your say, privacy, this statement and the "page not found" page', routes: ['/contact', '/have-your-say', '/privacy', '/accessibility', '/404'] },
] as const satisfies readonly { id: string; label: string; routes: readonly string[]; when?: 'plan' | 'languages' }[];

/** The kind of page a route is (`/services/[id]` → directory), or undefined when none claims it. */
export function pageKindOf(route: string): PageKindId | undefined {
  const path = route.replace(/\/+$/, '') || '/';
  let best: { id: PageKindId; length: number } | undefined;
  for (const kind of PAGE_KINDS) {
    for (const r of kind.routes as readonly string[]) {
      const matches = r === '/' ? path === '/' : path === r || path.startsWith(`${r}/`);
      if (matches && (!best || r.length > best.length)) best = { id: kind.id, length: r.length };
    }
  }
  return best?.id;
}

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

/** One thing not yet checked: what it is, and the things it lists, if any. */
export interface Gap {
  text: string;
  items?: string[];
}

export interface AccessibilityView {
  compliant: 'fully' | 'partially';
  /** "This website is partially compliant with …" */
  status: string;
  /** Problems the audit found that are not yet fixed, with the WCAG criterion and when we plan to fix each. */
  failures: string[];
  /** What has not been checked, a few short sentences each, some with a list (the kinds of page left out); empty when fully compliant. */
  gaps: Gap[];
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
  return listInWords(parts);
}

/**
 * What the statement offers in other formats: only those the council has
 * listed (`contact.otherFormats`). With none listed it promises no format,
 * and says to ask.
 */
export function formatsWords(otherFormats: readonly string[]): string {
  if (otherFormats.length === 0) return 'If you need information on this website in a different format, ask us and we will tell you what we can do:';
  return `We can give you the information on this website in other formats: ${listInWords(otherFormats)}. To ask for one:`;
}

/** "Text is hard to read. This fails … 1.4.3. We plan to fix this by 1 March 2027." */
export function failureWords(u: UnfixedIssue): string {
  const issue = u.issue.trim().replace(/([^.!?])$/, '$1.');
  // WCAG spelled out each time: a reader may jump straight to one problem.
  const criterion = u.criterion ? ` This fails success criterion ${u.criterion} of the Web Content Accessibility Guidelines (WCAG) 2.2.` : '';
  const when = u.fixBy ? ` We plan to fix this by ${formatDate(u.fixBy)}.` : '';
  return `${issue}${criterion}${when}`;
}

/**
 * The statement's facts and sentences. "Fully compliant" (GOV.UK's model
 * statement) needs all four: an audit by a named person or organisation on a
 * date, covering every kind of page this site builds, listing no problem
 * left unfixed, and no translation waiting for a check.
 */
export function accessibilityView(config: AccessibilityConfig, shape: SiteShape, unchecked: readonly UncheckedTranslation[]): AccessibilityView {
  const kinds = pageKindsOf(shape);
  const audit = config.audit;
  const audited = new Set(audit?.pageTypes ?? (audit ? kinds.map((k) => k.id) : []));
  const notAudited = kinds.filter((k) => !audited.has(k.id));
  const gaps: Gap[] = [];
  if (!audit) {
    gaps.push({
      text: 'No person has yet checked this website against the Web Content Accessibility Guidelines (WCAG) 2.2 AA. This check is called a manual audit. Every page is tested by automated checks each time the site is built, but automated checks find only some problems.',
    });
  } else if (notAudited.length > 0) {
    gaps.push({ text: 'The manual audit did not cover these kinds of page. They are tested only by automated checks, which find only some problems:', items: notAudited.map((k) => k.label) });
  }
  if (unchecked.length > 0) {
    gaps.push({
      text: `A qualified translator has not yet checked some translations (${countByLanguage(unchecked)}). They may have mistakes that make them harder to understand. Each of these pages says so, and links to the English page.`,
    });
  }
  const failures = (audit?.unfixed ?? []).map(failureWords);
  const compliant = audit && gaps.length === 0 && failures.length === 0 ? 'fully' : 'partially';
  return {
    compliant,
    status:
      compliant === 'fully'
        ? 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.'
        : `This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the ${failures.length > 0 ? (gaps.length > 0 ? 'problems and gaps' : 'problems') : 'gaps'} listed below.`,
    failures,
    gaps,
    prepared: formatDate(config.prepared),
    reviewed: formatDate(config.reviewed),
    testing: audit
      ? `The website was last checked by a person on ${formatDate(audit.date)}. The check was carried out by ${audit.by}. Every page is also tested by automated checks, using a tool called axe, each time the site is built.`
      : 'No person has checked the website yet. Every page is tested by automated checks each time the site is built, at full width and at 320 pixels wide. The checks use a tool called axe.',
  };
}

/** Audited kinds of page this software does not know, so a typo does not claim an audit that did not happen. */
export function unknownPageKinds(config: AccessibilityConfig, file: string): DataProblem[] {
  const known: readonly string[] = PAGE_KINDS.map((k) => k.id);
  return (config.audit?.pageTypes ?? [])
    .filter((id) => !known.includes(id))
    .map((id) => {
      const nearest = closestMatch(id, known, { ignoreCase: true });
      return problem({ file, column: 'accessibility.audit.pageTypes', value: id, expected: `a kind of page, one of: ${known.join(', ')}`, fix: `${nearest ? `Did you mean ${nearest}? ` : ''}List every kind of page the audit covered: a kind left out is shown as not checked.` });
    });
}

/** Reviewed or audited on this day last year is still in time; the day before is not. */
const overAYearAgo = (day: string, today: Date) => day < addYears(isoDay(today), -1);

/**
 * A warning when the statement has not been reviewed for 12 months: the
 * regulations ask for it to be kept up to date. Reviewed on this day last year
 * is still in time; the day before is not.
 */
export function statementOverdue(config: AccessibilityConfig, today: Date, file: string): DataProblem[] {
  const yearAgo = addYears(isoDay(today), -1);
  if (!overAYearAgo(config.reviewed, today)) return [];
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

/**
 * A warning when the audit is more than 12 months old: the site has changed
 * since, so "fully compliant" rests on an old check. The statement still
 * names the audit's date; a new audit, or a reason to trust the old one, is
 * for the council to decide.
 */
export function auditOld(config: AccessibilityConfig, today: Date, file: string): DataProblem[] {
  if (!config.audit || !overAYearAgo(config.audit.date, today)) return [];
  return [
    problem({
      file,
      column: 'accessibility.audit.date',
      value: config.audit.date,
      expected: `a manual audit in the last 12 months (since ${formatDate(addYears(isoDay(today), -1))}): pages have changed since this one`,
      fix: 'Have a person audit the site again, then record the new audit in accessibility.audit.',
      severity: 'warning',
    }),
  ];
}
