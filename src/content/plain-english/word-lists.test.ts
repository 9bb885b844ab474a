import { describe, expect, it } from 'vitest';
import { fastIncludes, READABILITY_WORD_LISTS } from './word-lists';

describe('the readability word lists, looked up through a Set', () => {
  it('answer includes() exactly as the arrays would, for every word in them and for words not in them', () => {
    for (const list of Object.values(READABILITY_WORD_LISTS)) {
      expect(Object.hasOwn(list, 'includes')).toBe(true);
      const search = (word: string) => Array.prototype.includes.call(list, word);
      for (const word of [...list, 'tribunal', 'SENCO', '', 'A', 'able ']) expect(list.includes(word), word).toBe(search(word));
    }
  });

  it('leave the lists themselves as they were (length, order, no extra enumerable keys)', () => {
    const list = ['b', 'a'];
    fastIncludes(list);
    fastIncludes(list);
    expect(list).toEqual(['b', 'a']);
    expect(Object.keys(list)).toEqual(['0', '1']);
    expect(list.includes('a')).toBe(true);
    expect(list.includes('c')).toBe(false);
  });
});
