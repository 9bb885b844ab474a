import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from './glossary';
import { explainedWords } from './explained-words';

const entry = (term: string, abbreviation: string | undefined, meaning: string): GlossaryEntry => ({ term, abbreviation, meaning, slug: term.toLowerCase().replace(/[^a-z]+/g, '-') });
const GLOSSARY = [
  entry('Education, health and care', 'EHC', 'The three kinds of help. More words here.'),
  entry('Department for Education', 'DfE', 'The government department.'),
  entry('Special educational needs and disabilities', 'SEND', 'Short for special educational needs.'),
  entry('SEND Tribunal', undefined, 'An independent court that hears appeals. Its full name is longer.'),
  entry('Mediation', undefined, 'A meeting.'),
  entry('Personal budget', 'PB', 'Money.'),
];

describe('the words a page explains', () => {
  it('explains each abbreviation and capitalised term its texts use, once, in the order they first appear', () => {
    const words = explainedWords(['EHC plans issued within 20 weeks', 'Appeals to the SEND Tribunal', 'More EHC plans', 'Figures from DfE'], GLOSSARY);
    expect(words.map((w) => [w.word, w.explanation])).toEqual([
      ['EHC', 'Education, health and care'],
      ['SEND Tribunal', 'An independent court that hears appeals.'],
      ['SEND', 'Special educational needs and disabilities'],
      ['DfE', 'Department for Education'],
    ]);
    expect(words[0]!.slug).toBe('education-health-and-care');
  });

  it('leaves out words the texts do not use, or use only inside another word', () => {
    expect(explainedWords(['Mediation cases', 'SPBS and EHCP', 'no short forms'], GLOSSARY)).toEqual([]);
  });
});
