import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { typedContacts } from './promises';

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
