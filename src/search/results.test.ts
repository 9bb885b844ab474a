import { describe, expect, it } from 'vitest';
import { stringsFor } from '../config/strings';
import { availableAlternatives, decodeEntities, excerptParts, queryFromSearch, resultCountText } from './results';

describe('excerptParts', () => {
  it('keeps <mark> as highlighted parts', () => {
    expect(excerptParts('you can appeal to the <mark>tribunal</mark> within 2 months')).toEqual([
      { text: 'you can appeal to the ', marked: false },
      { text: 'tribunal', marked: true },
      { text: ' within 2 months', marked: false },
    ]);
  });

  it('drops every other tag, including scripts and attributes on mark', () => {
    const parts = excerptParts('a <img src=x onerror=alert(1)>b <script>c</script> <mark onclick="x">d</mark> <b>e</b>');
    expect(parts.map((p) => p.text).join('')).toBe('a b c d e');
    expect(parts.some((p) => p.marked)).toBe(false);
    expect(parts.map((p) => p.text).join('')).not.toMatch(/[<>]/);
  });

  it('decodes character references to text, which cannot become markup', () => {
    expect(excerptParts('Health &amp; care &lt;script&gt; <mark>SEND&#39;s</mark>')).toEqual([
      { text: 'Health & care <script> ', marked: false },
      { text: "SEND's", marked: true },
    ]);
  });

  it('copes with a mark that is never closed', () => {
    expect(excerptParts('<mark>open')).toEqual([{ text: 'open', marked: true }]);
  });
});

describe('decodeEntities', () => {
  it('leaves unknown references alone', () => {
    expect(decodeEntities('&bogus; &#x1F600; &#0;')).toBe('&bogus; 😀 &#0;');
  });
});

describe('resultCountText', () => {
  it('counts in words', () => {
    expect(resultCountText(0, ' tribunal ')).toBe('No results for ‘tribunal’. Check the spelling or try a different word.');
    expect(resultCountText(1, 'tribunal')).toBe('1 result for ‘tribunal’');
    expect(resultCountText(1200, 'plan')).toBe('1,200 results for ‘plan’');
  });
});

describe('queryFromSearch', () => {
  it('reads q', () => {
    expect(queryFromSearch('?q=short+breaks')).toBe('short breaks');
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?q=%20')).toBe('');
  });
});

describe('alternatives to search', () => {
  it('offers only the sections this area has, in a fixed order', () => {
    const withoutDirectory = (href: string) => href !== '/services/';
    expect(availableAlternatives(withoutDirectory).map((a) => a.href)).toEqual(['/guides/', '/glossary/', '/updates/', '/data/']);
    expect(availableAlternatives(() => true).map((a) => a.href)).toEqual(['/guides/', '/services/', '/glossary/', '/updates/', '/data/']);
  });
});

describe('resultCountText in other languages', () => {
  const polish = { locale: 'pl', ...stringsFor('pl').search.client };
  const arabic = { locale: 'ar', ...stringsFor('ar').search.client };

  it('uses each language’s plural forms and isolates the query so its direction is kept', () => {
    expect(resultCountText(1, 'tłumacz', polish)).toBe('1 wynik dla „\u2068tłumacz\u2069”');
    expect(resultCountText(3, 'tłumacz', polish)).toBe('3 wyniki dla „\u2068tłumacz\u2069”');
    expect(resultCountText(5, 'tłumacz', polish)).toBe('5 wyników dla „\u2068tłumacz\u2069”');
    expect(resultCountText(2, 'EHC', arabic)).toBe('نتيجتان عن «\u2068EHC\u2069»');
    expect(resultCountText(0, 'EHC', arabic)).toBe('لا توجد نتائج عن «\u2068EHC\u2069». تحقّق من الإملاء أو جرّب كلمة أخرى.');
  });

  it('writes counts with Western digits in every language', () => {
    expect(resultCountText(1200, 'x', arabic)).toMatch(/^1,200 /);
    expect(resultCountText(1200, 'x', { locale: 'ur', ...stringsFor('ur').search.client })).toContain('1,200');
  });
});
