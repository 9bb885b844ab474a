import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { slugify } from '../core/slug';
import { matchTerm, readTaxonomy } from './taxonomy';

const FILE = 'data/taxonomy.csv';
const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'type,id,label,description,keywords\n';
const GOOD = `${HEADER}category,health,Health,NHS services.,NHS; therapy\nneed,autism,Autism,Autism (ASD).,ASD\narea,marston,Marston,Marston town.,\n`;

describe('readTaxonomy', () => {
  it('reads the shipped taxonomy with zero problems', () => {
    const { value, problems } = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), FILE);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(value.categories.length).toBeGreaterThanOrEqual(8);
    expect(value.needs.map((t) => t.id)).toContain('speech-language-communication');
    expect(value.areas.map((t) => t.label)).toContain('Eastleigh Vale');
  });

  it('reads the template with zero problems', () => {
    expect(readTaxonomy(readFileSync('tests/sample/data/templates/taxonomy.csv'), FILE).problems.filter((p) => p.severity === 'error' && p.column !== 'type')).toEqual([]);
  });

  it('splits keywords and sorts terms into their lists', () => {
    const { value, problems } = readTaxonomy(bytes(GOOD), FILE);
    expect(problems).toEqual([]);
    expect(value.categories[0]).toEqual({ type: 'category', id: 'health', label: 'Health', description: 'NHS services.', keywords: ['NHS', 'therapy'], schedule2: [] });
    expect(value.areas[0]?.keywords).toEqual([]);
  });

  it('reads the Schedule 2 paragraphs a category answers, and treats a missing column as none', () => {
    const { value, problems } = readTaxonomy(bytes('type,id,label,description,keywords,schedule2\ncategory,health,Health,x,,sch2-1; sch2-15\nneed,autism,Autism,x,,\narea,marston,Marston,x,,\n'), FILE);
    expect(problems).toEqual([]);
    expect(value.categories[0]?.schedule2).toEqual(['sch2-1', 'sch2-15']);
    expect(value.needs[0]?.schedule2).toEqual([]);
  });

  it('treats a missing keywords column as blank', () => {
    const { value, problems } = readTaxonomy(bytes('type,id,label,description\ncategory,health,Health,x\nneed,autism,Autism,x\narea,marston,Marston,x\n'), FILE);
    expect(problems).toEqual([]);
    expect(value.needs[0]?.keywords).toEqual([]);
    expect(value.needs[0]?.schedule2).toEqual([]);
  });

  it('rejects an id that is not a slug, suggesting one', () => {
    const { problems } = readTaxonomy(bytes(`${GOOD}need,Speech Therapy,Speech,x,\n`), FILE);
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/taxonomy.csv, row 5, column "id": Found "Speech Therapy". Expected an id made of lower-case letters, numbers and hyphens, such as speech-therapy.',
    ]);
  });

  it('rejects an unknown type and a repeated id, naming both rows', () => {
    const { problems } = readTaxonomy(bytes(`${GOOD}service,other,Other,x,\nneed,autism,Autism again,x,\n`), FILE);
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/taxonomy.csv, row 5, column "type": Found "service". Expected one of: category, need, area.',
      'Error: data/taxonomy.csv, row 6, column "id": Found "autism". Expected each id once. It is also on row 3. Delete one of the two rows.',
    ]);
  });

  it('says when the categories or the needs are missing; the areas of the area may be (a new area)', () => {
    const { problems } = readTaxonomy(bytes(`${HEADER}category,health,Health,x,\n`), FILE);
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/taxonomy.csv, column "type": Expected at least one row with the type "need". Services must use a need from this file, so the list cannot be empty.',
    ]);
    expect(readTaxonomy(bytes(`${HEADER}category,health,Health,x,\nneed,autism,Autism,x,\n`), FILE).problems).toEqual([]);
  });
});

describe('matchTerm', () => {
  const taxonomy = readTaxonomy(readFileSync('tests/sample/data/taxonomy.csv'), FILE).value;
  it('accepts the id or the label in any case', () => {
    expect(matchTerm(taxonomy, 'category', 'Short breaks')).toEqual({ ok: true, id: 'short-breaks' });
    expect(matchTerm(taxonomy, 'need', 'ADHD')).toEqual({ ok: true, id: 'adhd' });
  });
  it('suggests the closest term and notices the wrong column', () => {
    expect(matchTerm(taxonomy, 'category', 'helth')).toEqual({ ok: false, suggestion: 'health' });
    expect(matchTerm(taxonomy, 'category', 'autism')).toMatchObject({ ok: false, otherType: 'need' });
  });
  it('slugifies labels', () => {
    expect(slugify('Speech & Language Therapy!')).toBe('speech-and-language-therapy');
  });
});
