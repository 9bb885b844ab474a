import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishHas, extraValues, typedValues } from './values';
import { checkTranslation } from './translations';
import { sourceHash } from './source-hash.node.ts';
import { formatProblem } from '../core/problems';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', 'values', name), 'utf8');
const english = fixture('english.mdx');
const polish = fixture('pl.mdx');
const urdu = fixture('ur.mdx');
/** The facts the fixtures' contact details would come from. */
const facts = new Map([
  ['contact.phone', '01632 960 000'],
  ['contact.email', 'localoffer@example.org'],
  ['sendiass.email', 'help@sendiass.example'],
  ['small-number-threshold', '5'],
  ['ehcp.2026-10.percent', '64%'],
]);

describe('typedValues', () => {
  it('finds phone numbers, email addresses and figures in the title, summary and text, with their lines', () => {
    const found = typedValues(english).map((v) => `${v.line} ${v.kind} ${v.value} → ${v.key}`);
    expect(found).toEqual([
      '2 figure 20 → 20',
      '3 figure 20 → 20',
      '10 figure 6 → 6',
      '10 figure 2025 → 2025',
      '10 figure 46.4% → 46.4%',
      '14 phone 0800 123 4567 → 08001234567',
      '16 figure 2014 → 2014',
    ]);
  });

  it('leaves out <Fact> tags, MDX comments, review dates, postcodes and the digits of web addresses', () => {
    const keys = typedValues(english).map((v) => v.key);
    // The comment's phone number, the postcode XY1 2AB, /guides/rules-2014/ and …/2014/1530 are not values.
    expect(keys).not.toContain('01000000000');
    expect(keys).not.toContain('1');
    expect(keys).not.toContain('1530');
    expect(keys.filter((k) => k === '2014')).toHaveLength(1);
    expect(keys).not.toContain('2026');
  });

  it('reads Urdu and Arabic digits, a percent sign on either side, decimal commas and grouped thousands', () => {
    expect(typedValues('۲۰ ہفتوں، ٪46.4 اور ٣ دن').map((v) => [v.value, v.key])).toEqual([
      ['۲۰', '20'],
      ['٪46.4', '46.4%'],
      ['٣', '3'],
    ]);
    expect(typedValues('46,4% i 1,500 osób, o 9.30 i 16. dnia').map((v) => v.key)).toEqual(['46.4%', '1500', '9.3', '16']);
    expect(typedValues('+44 (0)1632 960123 or 01632 960 123').map((v) => v.key)).toEqual(['01632960123', '01632960123']);
  });
});

describe('extraValues', () => {
  it('gives each value a translation types that its English page does not, once, naming the fact for a contact detail', () => {
    const extra = extraValues(polish, english, facts).map((v) => ({ line: v.line, kind: v.kind, value: v.value, fact: v.fact }));
    expect(extra).toEqual([
      { line: 11, kind: 'phone', value: '01632 960 000', fact: 'contact.phone' },
      { line: 11, kind: 'email', value: 'help@sendiass.example', fact: 'sendiass.email' },
      { line: 13, kind: 'phone', value: '01632 960 123', fact: undefined },
      { line: 13, kind: 'figure', value: '9', fact: undefined },
      { line: 13, kind: 'figure', value: '17', fact: undefined },
      // A figure is never matched to a fact: many facts share a number.
      { line: 17, kind: 'figure', value: '64%', fact: undefined },
    ]);
  });

  it('accepts the same values written the language’s way, and <Fact> in place of a typed one', () => {
    expect(extraValues(urdu, english, facts).map((v) => [v.line, v.value])).toEqual([[13, '۳']]);
    expect(extraValues(english, english, facts)).toEqual([]);
  });

  it('says what the English page has of that kind', () => {
    const [phone, , , figure] = extraValues(polish, english, facts);
    expect(englishHas(phone!.kind, phone!.english)).toBe('phone number 0800 123 4567');
    expect(englishHas(figure!.kind, figure!.english)).toBe('figures 20, 6, 2025, 46.4% and 2014');
    expect(englishHas('email', [])).toBe('no email addresses in its text');
  });
});

describe('checkTranslation: values the English page does not give', () => {
  it('warns for each, with the line, the value as typed, what the English has and the fact to use', () => {
    const problems = checkTranslation({
      lang: 'pl',
      path: 'content/pl/guides/help.mdx',
      pathInLanguage: 'guides/help.mdx',
      source: polish.replace('source_hash: 000000000000', `source_hash: ${sourceHash(english)}`),
      englishPath: 'content/guides/help.mdx',
      english: { path: 'content/guides/help.mdx', source: english, hash: sourceHash(english) },
      facts,
    });
    const messages = problems.map(formatProblem);
    expect(messages).toHaveLength(6);
    expect(messages[0]).toBe(
      'Warning: content/pl/guides/help.mdx, row 11, column "text": Found "01632 960 000". Expected only the phone numbers its English page gives: content/guides/help.mdx has phone number 0800 123 4567. Write <Fact name="contact.phone" /> instead, so every language gives the same phone number as the English page.',
    );
    expect(messages[2]).toContain('row 13, column "text": Found "01632 960 123". Expected only the phone numbers its English page gives');
    expect(messages[2]).toContain('Give the phone number the English page gives, or take it out.');
    expect(messages[5]).toContain('Found "64%". Expected only the figures its English page gives: content/guides/help.mdx has figures 20, 6, 2025, 46.4% and 2014.');
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('is an error for a <Fact> that names no fact, as in an English guide', () => {
    const source = `---\ntitle: Pomoc w 20 tygodni\nsummary: Jak rada pomaga, w 20 tygodni.\nsource_hash: ${sourceHash(english)}\ntranslated: 2026-12-06\nchecked_by:\n---\n\nZadzwoń: <Fact name="contact.phon" />.\n`;
    const problems = checkTranslation({ lang: 'pl', path: 'content/pl/guides/help.mdx', pathInLanguage: 'guides/help.mdx', source, englishPath: 'content/guides/help.mdx', english: { path: 'content/guides/help.mdx', source: english, hash: sourceHash(english) }, facts });
    expect(problems.map(formatProblem)).toEqual([
      'Error: content/pl/guides/help.mdx, row 9, column "text": Found "contact.phon". Expected the name of a fact worked out from the data, such as ehcp.latest.percent or ehcp.schedule. Did you mean contact.phone? docs/content-editors.md lists the names.',
    ]);
  });
});
