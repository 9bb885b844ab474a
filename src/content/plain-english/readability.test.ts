import { describe, expect, it } from 'vitest';
import { checkReadability, countWords, fleschReadingEase, proseStats, quote } from './readability';
import { READABILITY_THRESHOLDS, thresholdsFor } from './thresholds';

const page = (body: string) => `---\ntitle: Test\n---\n\n${body}\n`;
const standard = { audience: 'parents-carers', format: 'standard' } as const;
const easyRead = { audience: 'young-people', format: 'easy-read' } as const;

const HARD =
  'Notwithstanding the aforementioned statutory obligations, the local authority shall endeavour to facilitate the commencement of a comprehensive multidisciplinary assessment in accordance with the prescribed regulatory framework, subsequent to the receipt of appropriate documentation.';
const PLAIN =
  'The council will look at what help your child needs. You can ask for this yourself. It is free.\n\nWe will write to you within six weeks. The letter will tell you what we have decided.';

const errors = (problems: ReturnType<typeof checkReadability>) => problems.filter((p) => p.severity === 'error');

describe('checkReadability', () => {
  it('fails a deliberately hard paragraph, naming the guide and quoting the sentence', () => {
    const problems = errors(checkReadability('content/guides/hard.mdx', page(HARD), standard)).filter((p) => p.row !== undefined);
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const p of problems) {
      expect(p.file).toBe('content/guides/hard.mdx');
      expect(p.column).toBe('text');
      expect(p.row).toBe(5);
    }
    expect(problems.map((p) => p.expected).join(' ')).toMatch(/25 words or fewer.*this one has 3\d/);
    expect(problems.map((p) => p.expected).join(' ')).toMatch(/readability formulas/);
    // the quote is truncated, so the message stays readable
    expect(problems[0]?.value?.endsWith('…')).toBe(true);
    expect(problems[0]?.value?.startsWith('Notwithstanding the aforementioned')).toBe(true);
  });

  it('suggests plainer words as warnings', () => {
    const warnings = checkReadability('g.mdx', page(HARD), standard).filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => p.value)).toContain('facilitate');
  });

  it('passes plain English', () => {
    expect(checkReadability('g.mdx', page(PLAIN), standard)).toEqual([]);
  });

  it('is stricter for easy read than for the standard format', () => {
    const sentence = 'We will write to you within six weeks to tell you what we have decided about the help.';
    expect(errors(checkReadability('g.mdx', page(sentence), standard))).toEqual([]);
    const easy = errors(checkReadability('g.mdx', page(sentence), easyRead));
    expect(easy[0]?.expected).toMatch(/12 words or fewer in easy-read guides/);
    // and one idea per line: three sentences in a paragraph is too many
    const warnings = checkReadability('g.mdx', page('You have a plan. It is about you. It says what help you get.'), easyRead);
    expect(warnings[0]).toMatchObject({ severity: 'warning', expected: expect.stringMatching(/2 sentences or fewer/) });
  });

  it('every easy-read threshold is at least as strict as every standard one', () => {
    const easy = READABILITY_THRESHOLDS['easy-read'];
    for (const audience of ['parents-carers', 'young-people', 'professionals'] as const) {
      const t = READABILITY_THRESHOLDS[audience];
      expect(easy.maxSentenceWords).toBeLessThan(t.maxSentenceWords);
      expect(easy.maxAverageSentenceWords).toBeLessThan(t.maxAverageSentenceWords);
      expect(easy.minFleschReadingEase).toBeGreaterThan(t.minFleschReadingEase);
      expect(easy.hardSentenceAge).toBeLessThan(t.hardSentenceAge);
      expect(easy.maxParagraphSentences).toBeLessThan(t.maxParagraphSentences);
    }
    expect(thresholdsFor({ audience: 'professionals', format: 'easy-read' })).toBe(easy);
  });

  it('flags repeated words', () => {
    const problems = checkReadability('g.mdx', page('You can ask the the school for help.'), standard);
    expect(problems[0]).toMatchObject({ value: 'the the', severity: 'error' });
  });

  it('reports the line of the sentence, counting frontmatter', () => {
    const long = Array.from({ length: 30 }, () => 'Word').join(' ') + '.';
    const problems = checkReadability('g.mdx', page(`Short one.\n\nAnother.\n${long}`), standard);
    expect(problems.find((p) => p.expected.includes('25 words'))?.row).toBe(8);
  });

  it('does not end a sentence early or late at a number', () => {
    const text = 'If it decides not to issue a plan, it must tell you by week 16. The letter must explain why and tell you about your right to appeal.';
    expect(errors(checkReadability('g.mdx', page(text), standard))).toEqual([]);
  });

  it('ignores headings, code and tables', () => {
    const hardHeading = `## ${HARD}\n\n\`\`\`\n${HARD}\n\`\`\`\n\n| a |\n|---|\n| ${HARD} |\n\nA plain line.`;
    expect(checkReadability('g.mdx', page(hardHeading), standard)).toEqual([]);
  });

  it('reports broken MDX instead of throwing', () => {
    const problems = checkReadability('g.mdx', page('A line with <Unclosed tag.'), standard);
    expect(problems[0]).toMatchObject({ expected: 'valid MDX', severity: 'error' });
  });

  it('checks the average sentence length and Flesch score over the whole guide', () => {
    const long = `The cat sat on the mat and the dog sat on the rug by the door of the big red house.`;
    const problems = checkReadability('g.mdx', page(Array.from({ length: 5 }, () => long).join('\n\n')), standard);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', value: '21.0 words per sentence on average', expected: expect.stringMatching(/^an average of 15 words/) })]);
    const hard = checkReadability('g.mdx', page(Array.from({ length: 5 }, () => 'Comprehensive multidisciplinary documentation necessitates consideration.').join('\n\n')), standard);
    expect(hard.some((p) => p.expected.startsWith('a Flesch reading ease of 60 or more'))).toBe(true);
  });
});

describe('helpers', () => {
  it('quotes long sentences at a word boundary', () => {
    expect(quote('short')).toBe('short');
    const q = quote('word '.repeat(40));
    expect(q.length).toBeLessThanOrEqual(91);
    expect(q.endsWith('word…')).toBe(true);
  });
  it('counts words and Flesch reading ease', () => {
    expect(countWords("Don't worry, it's free.")).toBe(4);
    expect(fleschReadingEase(10, 1, 10)).toBeCloseTo(112.085, 2);
    expect(proseStats(page(PLAIN))).toMatchObject({ words: 36, sentences: 5 });
  });
});
