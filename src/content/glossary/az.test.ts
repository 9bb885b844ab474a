import { describe, expect, it } from 'vitest';
import { glossaryByLetter, letterOf } from './az';

describe('letterOf', () => {
  it('files a term under its first letter, ignoring case, spaces and accents', () => {
    expect(letterOf('annual review')).toBe('A');
    expect(letterOf('  Education, health and care plan')).toBe('E');
    expect(letterOf('Égalité')).toBe('E');
  });

  it('files numbers and symbols under #', () => {
    expect(letterOf('16 to 19 bursary')).toBe('#');
    expect(letterOf('"Quoted"')).toBe('#');
    expect(letterOf('')).toBe('#');
  });
});

describe('glossaryByLetter', () => {
  const entries = [
    { term: 'Special educational needs' },
    { term: 'annual review' },
    { term: 'Accelerated Progress Plan' },
    { term: 'Education, health and care plan' },
  ];

  it('gives all 26 letters in order, each with its terms A to Z', () => {
    const groups = glossaryByLetter(entries);
    expect(groups.map((g) => g.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(groups[0]).toEqual({ letter: 'A', id: 'letter-a', entries: [{ term: 'Accelerated Progress Plan' }, { term: 'annual review' }] });
    expect(groups.find((g) => g.letter === 'S')?.entries).toEqual([{ term: 'Special educational needs' }]);
  });

  it('leaves letters with no terms empty, so the page can show them unlinked', () => {
    const groups = glossaryByLetter(entries);
    expect(groups.filter((g) => g.entries.length > 0).map((g) => g.letter)).toEqual(['A', 'E', 'S']);
    expect(groups.find((g) => g.letter === 'Z')?.entries).toEqual([]);
  });

  it('adds a # group at the end only when a term starts with a number or symbol', () => {
    expect(glossaryByLetter(entries).some((g) => g.letter === '#')).toBe(false);
    const groups = glossaryByLetter([...entries, { term: '16 to 19 study programme' }]);
    expect(groups.at(-1)).toEqual({ letter: '#', id: 'letter-other', entries: [{ term: '16 to 19 study programme' }] });
  });
});
