import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { promisedForm, typedContacts } from './promises';

const FACTS = new Map([
  ['service.resolve.phone', '01632 960 456'],
  ['service.team.email', 'team@council.example'],
  ['contact.phone', '01632 960 000'],
]);
const guide = (body: string) => `---\ntitle: A guide\n---\n\n${body}\n`;

describe('contact details in guides come from facts', () => {
  it('warns about a typed phone number or email address, on its line, naming the fact that holds it', () => {
    const source = guide('Call 01632 960456 to arrange it.\n\nEmail Team@Council.example or ring 0800 123 4567.');
    const problems = typedContacts('content/guides/x.mdx', source, FACTS);
    expect(problems.map((p) => [p.row, p.value, p.severity])).toEqual([
      [5, '01632 960456', 'warning'],
      [7, 'Team@Council.example', 'warning'],
      [7, '0800 123 4567', 'warning'],
    ]);
    expect(formatProblem(problems[0]!)).toMatch(/Write <Fact name="service\.resolve\.phone" \/> instead\.$/);
    expect(problems[1]!.fix).toBe('Write <Fact name="service.team.email" /> instead.');
    expect(problems[2]!.fix).toMatch(/^Nothing in the directory or data\/site\.yaml has it\./);
  });

  it('leaves facts, dates, years, times, frontmatter and other numbers alone', () => {
    const source = `---\ntitle: Call 01632 960 000\n---\n\nCall <Fact name="contact.phone" /> or email <Fact name="service.team.email" />.\n\nOn 01/10/2026, 2026-10-01 or in 2026, from 9.30am to 4pm, about 1 in 8 pupils (20 weeks, 0 to 25).\n`;
    expect(typedContacts('content/guides/x.mdx', source, FACTS)).toEqual([]);
  });
});

describe('no form the site does not have', () => {
  it('warns about a line that sends readers to a form, on its line, when the configuration names none', () => {
    const source = guide('Tell us what you think.\n\nPlease use the feedback form at the bottom of every page.');
    const problems = promisedForm('content/updates/x.md', source, false);
    expect(problems.map((p) => [p.row, p.value, p.severity])).toEqual([[7, 'feedback form', 'warning']]);
    expect(formatProblem(problems[0]!)).toMatch(/^Warning: content\/updates\/x\.md, row 7, column "text": Found "feedback form"\. .*\/have-your-say\/.*contact\.form/);
    expect(promisedForm('content/updates/x.md', guide('Fill in our Comments Form.'), false).map((p) => p.value)).toEqual(['Comments Form']);
    expect(promisedForm('content/updates/x.md', guide('Use the form at the bottom of this page.'), false).map((p) => p.value)).toEqual(['form at the bottom']);
  });

  it('is quiet when the council has its own form, and about forms of words that are not forms to fill in', () => {
    expect(promisedForm('x.md', guide('Use our feedback form.'), true)).toEqual([]);
    expect(promisedForm('x.md', guide('Ask for the form EHC1 at school. In its final form, the plan names a school.'), false)).toEqual([]);
    // A real service's form is not a promise about this site: it belongs in the directory.
    expect(promisedForm('x.md', guide("Use the council's online form to ask for an assessment, or the SENDIASS contact form."), false)).toEqual([]);
  });
});
