import { describe, expect, it } from 'vitest';
import { sentences } from './sentences';

const texts = (text: string, lang: string) => sentences(text, lang).map((s) => s.text);

describe('sentences', () => {
  it('splits English at full stops, question and exclamation marks, trimmed of spaces', () => {
    expect(texts('  Ask the school first.  Is it free? Yes!  ', 'en-GB')).toEqual(['Ask the school first.', 'Is it free?', 'Yes!']);
  });

  it('gives offsets into the text it was given, so the sentence can be highlighted', () => {
    const text = 'One two.   Three four.';
    for (const s of sentences(text, 'en-GB')) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences(text, 'en-GB').map((s) => [s.start, s.end])).toEqual([[0, 8], [11, 22]]);
  });

  it('knows the Urdu full stop (۔) and the Arabic question mark (؟)', () => {
    expect(texts('یہ ویب سائٹ لوکل آفر ہے۔ کونسل اسے لکھتی ہے۔', 'ur')).toEqual(['یہ ویب سائٹ لوکل آفر ہے۔', 'کونسل اسے لکھتی ہے۔']);
    expect(texts('هل هو مجاني؟ نعم.', 'ar')).toEqual(['هل هو مجاني؟', 'نعم.']);
  });

  it('reads Somali and Polish sentences one at a time', () => {
    expect(texts('Waa hage. Wuxuu daboolayaa qof kasta.', 'so')).toEqual(['Waa hage.', 'Wuxuu daboolayaa qof kasta.']);
    expect(texts('Szkoła musi pomóc. Zapytaj nauczyciela.', 'pl')).toEqual(['Szkoła musi pomóc.', 'Zapytaj nauczyciela.']);
  });

  it('keeps a title (Dr.) with the name after it', () => {
    expect(texts('Ask Dr. Shah about it. Then wait.', 'en-GB')).toEqual(['Ask Dr. Shah about it.', 'Then wait.']);
    expect(texts('It is ok. Then wait.', 'en-GB')).toEqual(['It is ok.', 'Then wait.']);
  });

  it('reads a heading with no full stop as one sentence, and blank text as none', () => {
    expect(texts('What to ask', 'en-GB')).toEqual(['What to ask']);
    expect(sentences('   ', 'en-GB')).toEqual([]);
  });

  it('splits at full stops without Intl.Segmenter (older browsers)', () => {
    const segmenter = Intl.Segmenter;
    try {
      // Taken away to stand for a browser without it.
      Reflect.deleteProperty(Intl, 'Segmenter');
      expect(texts('One two. Three four? Five۔ Six', 'en-GB')).toEqual(['One two.', 'Three four?', 'Five۔', 'Six']);
    } finally {
      Reflect.set(Intl, 'Segmenter', segmenter);
    }
  });
});
