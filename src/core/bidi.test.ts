import { describe, expect, it } from 'vitest';
import { hasLatin, isolateLtr, keepTogether, latinRuns, markLatin, valueInTranslation } from './bidi';

const wrapped = (text: string) =>
  (isolateLtr(text) ?? []).map((n) => (n.type === 'element' ? `[${(n.children[0] as { value: string }).value}]` : (n as { value: string }).value)).join('');

describe('isolateLtr', () => {
  it('isolates phone numbers, postcodes, email and web addresses inside right-to-left text', () => {
    expect(wrapped('فون کریں 01632 960 000 پر۔')).toBe('فون کریں [01632\u00a0960\u00a0000] پر۔');
    expect(wrapped('راسل send@northbrook.example أو')).toBe('راسل [send@northbrook.example] أو');
    expect(wrapped('Northbrook NB1 1AA میں')).toBe('Northbrook [NB1\u00a01AA] میں');
    expect(wrapped('زوروا https://www.gov.uk/appeal، شكرًا')).toBe('زوروا [https://www.gov.uk/appeal]، شكرًا');
    expect(wrapped('+44 1632 960000')).toBe('[+44\u00a01632\u00a0960000]');
  });

  it('leaves years, counts and week numbers alone', () => {
    expect(isolateLtr('Children and Families Act 2014، 20 ہفتوں، 9 بجے، 15 دن')).toBeUndefined();
  });

  it('keeps phone numbers and postcodes on one line without touching addresses', () => {
    expect(keepTogether('Call 01632 960 123 or write to NB1 1AA, send@x.example')).toBe('Call 01632\u00a0960\u00a0123 or write to NB1\u00a01AA, send@x.example');
  });
});

describe('English words in right-to-left writing', () => {
  const marked = (text: string) =>
    (markLatin(text, 'en-GB') ?? []).map((n) => (n.type === 'element' ? `<${(n.children[0] as { value: string }).value}>` : (n as { value: string }).value)).join('');

  it('are found as whole runs, with their inner punctuation, and marked with lang', () => {
    expect(marked('اور سرکاری چھٹیاں (bank holidays) بھی گنی جاتی ہیں۔')).toBe('اور سرکاری چھٹیاں (<bank holidays>) بھی گنی جاتی ہیں۔');
    expect(marked('GOV.UK پر First-tier Tribunal (Special Educational Needs and Disability) میں')).toBe('<GOV.UK> پر <First-tier Tribunal> (<Special Educational Needs and Disability>) میں');
    expect(marked('Year 9 سے')).toBe('<Year 9> سے');
    expect(marked('EHC پلان۔')).toBe('<EHC> پلان۔');
    const span = markLatin('EHC پلان', 'en-GB')![0] as { properties: Record<string, unknown> };
    expect(span.properties).toEqual({ lang: 'en-GB' });
  });

  it('leave text with no Latin letters alone, and split as they go', () => {
    expect(markLatin('20 ہفتے، 2014 میں', 'en-GB')).toBeUndefined();
    expect(hasLatin('20 ہفتے')).toBe(false);
    expect(latinRuns('ab جی cd.')).toEqual([
      { text: 'ab', latin: true },
      { text: ' جی ', latin: false },
      { text: 'cd', latin: true },
      { text: '.', latin: false },
    ]);
  });
});

describe('a value from the data in a translated page', () => {
  const english = { isRoot: true };
  const polish = { isRoot: false };
  it('is plain text on an English page', () => {
    expect(valueInTranslation('Bristol City Council', english, 'en-GB')).toBeUndefined();
  });

  it('is isolated left to right, marked English when it has Latin letters, with its postcode on one line', () => {
    expect(valueInTranslation('City Hall, College Green, Bristol BS1 5TR', polish, 'en-GB')).toEqual({ text: 'City Hall, College Green, Bristol BS1\u00a05TR', dir: 'ltr', lang: 'en-GB' });
    expect(valueInTranslation('0117 922 2000', polish, 'en-GB')).toEqual({ text: '0117\u00a0922\u00a02000', dir: 'ltr', lang: undefined });
  });
});
