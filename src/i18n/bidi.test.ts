import { describe, expect, it } from 'vitest';
import { isolateLtr, keepTogether } from './bidi';

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
