import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { markdownToHtml, mdxToJs } from 'satteri';
import { checkAbbreviations, findAbbreviations } from './abbreviations';
import { glossarySlug, readGlossary, type GlossaryEntry } from './glossary';
import { glossaryLinks } from './glossary-links';
import { parseGuide } from '../guides/mdx';

const csv = (text: string) => new TextEncoder().encode(text);
const FILE = 'content/glossary.csv';

describe('readGlossary', () => {
  it('reads entries, sorted by term, with slugs for the glossary page', () => {
    const { value, problems } = readGlossary(
      csv('term,abbreviation,meaning\nSpecial educational needs co-ordinator,SENCO,The teacher who leads on SEN.\nAnnual review,,A yearly check of an EHC plan.\n'),
      FILE,
    );
    expect(problems).toEqual([]);
    expect(value).toEqual([
      { term: 'Annual review', abbreviation: undefined, meaning: 'A yearly check of an EHC plan.', slug: 'annual-review' },
      { term: 'Special educational needs co-ordinator', abbreviation: 'SENCO', meaning: 'The teacher who leads on SEN.', slug: 'special-educational-needs-co-ordinator' },
    ]);
  });

  it('reports duplicate terms and abbreviations, naming both rows', () => {
    const { value, problems } = readGlossary(
      csv('term,abbreviation,meaning\nLocal authority,LA,The council.\nlocal authority,,Again.\nLearning assistant,LA,A helper.\n'),
      FILE,
    );
    expect(value).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, row: 3, column: 'term', value: 'local authority', expected: 'each term once', fix: expect.stringContaining('row 2') }),
      expect.objectContaining({ row: 4, column: 'abbreviation', value: 'LA', expected: 'each abbreviation once' }),
    ]);
  });

  it('reports an empty meaning or term', () => {
    const { problems } = readGlossary(csv('term,abbreviation,meaning\nMediation,,\n,X,Something\n'), FILE);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'meaning'],
      [3, 'term'],
    ]);
  });

  it('warns about an abbreviation that looks like a phrase', () => {
    const { problems } = readGlossary(csv('term,abbreviation,meaning\nEducation health and care plan,EHC plan,A plan.\n'), FILE);
    expect(problems[0]).toMatchObject({ column: 'abbreviation', severity: 'warning' });
  });

  it('reports a missing column with a suggestion', () => {
    const { problems } = readGlossary(csv('term,abreviation,meaning\nA,B,C\n'), FILE);
    expect(problems.some((p) => p.fix === 'Did you mean abbreviation?')).toBe(true);
  });
});

const entries: GlossaryEntry[] = [
  { term: 'Education, health and care plan', abbreviation: 'EHCP', meaning: 'A legal plan.', slug: 'education-health-and-care-plan' },
  { term: 'Special educational needs and disabilities', abbreviation: 'SEND', meaning: 'Extra needs.', slug: 'special-educational-needs-and-disabilities' },
  { term: 'SEND Information Advice and Support Service', abbreviation: 'SENDIASS', meaning: 'Free advice.', slug: 'send-information-advice-and-support-service' },
  { term: 'Special educational needs co-ordinator', abbreviation: 'SENCO', meaning: 'A teacher.', slug: 'special-educational-needs-co-ordinator' },
  { term: 'Mediation', meaning: 'A meeting.', slug: 'mediation' },
];

async function render(markdown: string, options: Parameters<typeof glossaryLinks>[0] = { entries }): Promise<string> {
  return (await markdownToHtml(markdown, { hastPlugins: [glossaryLinks(options)] })).html.trim();
}

describe('glossaryLinks', () => {
  it('wraps only the first use of each abbreviation, linked to the glossary', async () => {
    const html = await render('Ask the SENCO. The SENCO will help. Your EHCP says so.');
    expect(html).toBe(
      '<p>Ask the <a href="/glossary/#special-educational-needs-co-ordinator" class="glossary-link"><abbr title="Special educational needs co-ordinator">SENCO</abbr></a>. The SENCO will help. Your <a href="/glossary/#education-health-and-care-plan" class="glossary-link"><abbr title="Education, health and care plan">EHCP</abbr></a> says so.</p>',
    );
  });

  it('can put the plain-English meaning in the title and use another glossary path', async () => {
    const html = await render('An EHCP.', { entries, glossaryPath: '/help/words/', title: 'meaning' });
    expect(html).toContain('<a href="/help/words/#education-health-and-care-plan" class="glossary-link"><abbr title="A legal plan.">EHCP</abbr></a>');
  });

  it('matches whole words, case-sensitively, and the longest abbreviation first', async () => {
    const html = await render('Send it to SENDIASS. Senco, SENDs and XSEND are not matches.');
    expect(html).toContain('<abbr title="SEND Information Advice and Support Service">SENDIASS</abbr>');
    expect(html).not.toContain('>SEND<');
    expect(html).not.toContain('Senco</abbr>');
  });

  it('treats a plural as a use', async () => {
    const html = await render('Some EHCPs are late. This EHCP is not.');
    expect(html).toContain('<abbr title="Education, health and care plan">EHCPs</abbr></a> are late. This EHCP is not.');
  });

  it('leaves headings, links, code and existing abbr alone', async () => {
    const html = await render('# About the SENCO\n\n[SENCO list](/x) and `SENCO`\n\nThen the SENCO.');
    expect(html.match(/<abbr title=/g)).toHaveLength(1);
    expect(html).toContain('<p>Then the <a href="/glossary/#special-educational-needs-co-ordinator"');
  });

  it('does not wrap text inside an MDX element, such as an abbr written by hand or a figure from the data', async () => {
    const { code } = await mdxToJs('Ask the <abbr title="x">SENCO</abbr>. <Fact name="ehcp.latest" /> EHCP.', { hastPlugins: [glossaryLinks({ entries })] });
    expect(code.match(/glossary-link/g)).toHaveLength(1);
    expect(code).toContain('#education-health-and-care-plan');
    expect(code).not.toContain('#special-educational-needs-co-ordinator');
  });

  it('starts again on each page: the first use on every page is linked', async () => {
    const plugin = glossaryLinks({ entries });
    for (const md of ['The SENCO.', 'Your SENCO.']) expect((await markdownToHtml(md, { hastPlugins: [plugin] })).html).toContain('<abbr title="Special educational needs co-ordinator">SENCO</abbr>');
  });

  it('ignores entries without an abbreviation', async () => {
    expect(await render('Mediation helps.')).toBe('<p>Mediation helps.</p>');
  });
});

describe('abbreviations in guides', () => {
  const guide = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;

  it('finds upper-case words, drops plurals, skips code', () => {
    const uses = findAbbreviations(parseGuide(guide('The SENCO and two EHCPs.\n\n`ABC` code\n\n## The CAMHS team')));
    expect(uses.map((u) => [u.abbreviation, u.line])).toEqual([
      ['SENCO', 5],
      ['EHCP', 5],
      ['CAMHS', 9],
    ]);
  });

  it('errors on abbreviations missing from the glossary, naming the guide and the abbreviation', () => {
    const problems = checkAbbreviations('content/guides/x.mdx', guide('Ask your special educational needs co-ordinator (SENCO) or the CAMHS team. It is OK in the UK.'), entries);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/guides/x.mdx', row: 5, column: 'text', value: 'CAMHS', severity: 'error', expected: expect.stringContaining('content/glossary.csv') }),
    ]);
  });

  it('warns when an abbreviation is not spelled out where it is first used', () => {
    const problems = checkAbbreviations('g.mdx', guide('Talk to the SENCO.\n\nAnother line.'), entries);
    expect(problems).toEqual([expect.objectContaining({ value: 'SENCO', severity: 'warning' })]);
    expect(checkAbbreviations('g.mdx', guide('Talk to the SENCO.\n\nThe SENCO is a teacher who helps.'), entries)).toEqual([]);
    expect(checkAbbreviations('g.mdx', guide('The special educational needs co-ordinator, or SENCO.'), entries)).toEqual([]);
  });
});

describe('the shipped glossary', () => {
  const bytes = readFileSync(new URL('../../../tests/sample/content/glossary.csv', import.meta.url));
  const { value, problems } = readGlossary(bytes, FILE);
  it('has no problems and about 40 entries', () => {
    expect(problems).toEqual([]);
    expect(value.length).toBeGreaterThanOrEqual(40);
  });
  it('covers the abbreviations families meet most', () => {
    const abbreviations = new Set(value.map((e) => e.abbreviation));
    for (const a of ['EHCP', 'SEND', 'SEN', 'SENCO', 'SENDIASS', 'LA', 'CAMHS', 'SALT', 'OT', 'EP', 'PfA', 'WSoA', 'APP', 'NHS', 'ICB', 'EOTAS']) {
      expect(abbreviations.has(a), a).toBe(true);
    }
    expect(glossarySlug('Education, health and care plan')).toBe('education-health-and-care-plan');
  });
});
