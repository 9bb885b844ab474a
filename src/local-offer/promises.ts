/**
 * No promise the site cannot keep: a guide or update names a phone number or
 * an email address through a `<Fact>` (from the directory or the site
 * configuration), never typed into its text, so the page and the directory can
 * never give different numbers. check-data warns about any typed one, and
 * names the fact that holds it when there is one. It also warns about a page
 * that sends readers to an online form the configuration does not have.
 */
import { splitFrontmatter } from '../content/frontmatter';
import type { Facts } from '../content/facts/facts';
import { problem, type DataProblem } from '../core/problems';
import { DIRECTORY_FILES } from '../directory/files';

const FACT_TAG = /<Fact\s[^>]*\/>/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A UK phone number as people write it: 01632 960 000, 0800 123 4567, +44 1632 960000. */
const PHONE = /(?<![\d/])(?:\+44\s?|0)\d{2,4}(?:[ -]?\d{2,4}){1,3}(?![\d/])/g;

const digits = (phone: string) => phone.replace(/^\+44\s?/, '0').replace(/\D/g, '');
const isPhone = (candidate: string) => /^0\d{9,10}$/.test(digits(candidate));

/** The fact that gives this contact detail, if any. */
function factFor(value: string, facts: Facts | undefined, kind: 'email' | 'phone'): string | undefined {
  if (!facts) return undefined;
  const same = kind === 'email' ? (v: string) => v.toLowerCase() === value.toLowerCase() : (v: string) => isPhone(v) && digits(v) === digits(value);
  return [...facts].find(([name, v]) => (name.endsWith(`.${kind}`) || name === `contact.${kind}`) && same(v))?.[0];
}

/** A warning for each email address or phone number typed into a guide's text. */
export function typedContacts(file: string, source: string, facts?: Facts): DataProblem[] {
  const { body, bodyLine } = splitFrontmatter(source);
  return body.split('\n').flatMap((text, i) => {
    const line = text.replace(FACT_TAG, (tag) => ' '.repeat(tag.length));
    const found = [
      ...[...line.matchAll(EMAIL)].map((m) => ({ value: m[0], kind: 'email' as const })),
      ...[...line.replace(EMAIL, '').matchAll(PHONE)].map((m) => ({ value: m[0].trim(), kind: 'phone' as const })).filter((p) => isPhone(p.value)),
    ];
    return found.map(({ value, kind }) => {
      const fact = factFor(value, facts, kind);
      return problem({
        file,
        row: bodyLine + i,
        column: 'text',
        value,
        expected: `the ${kind === 'email' ? 'email address' : 'phone number'} given by a fact from the data or data/site.yaml, such as <Fact name="sendiass.${kind}" />, so the guide always agrees with the directory`,
        fix: fact
          ? `Write <Fact name="${fact}" /> instead.`
          : `Nothing in the directory or data/site.yaml has it. Add the service to data/${DIRECTORY_FILES.services} (or the Local Offer's own contact to data/site.yaml), then write its <Fact>; docs/content-editors.md lists the names.`,
        severity: 'warning',
      });
    });
  });
}

/**
 * "the feedback form", "a comments form", "the form at the bottom of every
 * page": a form for telling us what you think of the Local Offer. Not any
 * form: "the council's online form to ask for an assessment" is a real
 * service's, and belongs in the directory.
 */
const FORM = /\b(?:feedback|comments?)\s+form\b|\bform at the bottom\b/i;

/**
 * A warning for each line that sends readers to a form for comments when the
 * configuration names none (`contact.form`): there is no such form on this
 * site, so the promise would lead nowhere.
 */
export function promisedForm(file: string, source: string, hasForm: boolean): DataProblem[] {
  if (hasForm) return [];
  const { body, bodyLine } = splitFrontmatter(source);
  return body.split('\n').flatMap((text, i) => {
    const found = text.match(FORM);
    return found
      ? [
          problem({
            file,
            row: bodyLine + i,
            column: 'text',
            value: found[0],
            expected: 'only ways to comment that the council has: this site has no form of its own, and data/site.yaml names no contact.form',
            fix: 'Send readers to the "Have your say" page (/have-your-say/), which lists the ways the configuration gives. If the council has its own online form, add its address as contact.form in data/site.yaml.',
            severity: 'warning',
          }),
        ]
      : [];
  });
}
