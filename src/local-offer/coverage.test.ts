import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { categorySources, coverage, guideSources, sitePageSources, unanswered, unknownKeys, type AnswerSource } from './coverage';
import type { Schedule2Paragraph } from './schedule-2';

const paragraph = (n: number, topic: string): Schedule2Paragraph => ({ key: `sch2-${n}`, paragraph: n, topic, plain_english: `What paragraph ${n} asks for.`, wording: n === 1 ? 'The words.' : undefined });
const PARAGRAPHS = [paragraph(1, 'Help in our area'), paragraph(15, 'Information and advice'), paragraph(17, 'Complaints')];

const guides = guideSources([
  { slug: 'if-you-disagree', title: 'If you disagree', schedule2: ['sch2-17'], file: 'content/guides/if-you-disagree.mdx' },
  { slug: 'about', title: 'About us', schedule2: ['sch2-15', 'sch2-1'], file: 'content/guides/about.mdx' },
  { slug: 'no-keys', title: 'Nothing', file: 'content/guides/no-keys.mdx' },
]);
const SERVICES = [{ categories: ['advice'] }, { categories: ['advice', 'leisure'] }];
const categories = categorySources(
  [
    { id: 'advice', label: 'Advice', schedule2: ['sch2-15'] },
    { id: 'leisure', label: 'Leisure', schedule2: [] },
  ],
  SERVICES,
  'data/taxonomy.csv',
);

describe('what answers each paragraph of Schedule 2', () => {
  it('lists every paragraph with its answers: guides, then directory categories, then pages', () => {
    const rows = coverage(PARAGRAPHS, [...guides, ...categories, ...sitePageSources(SERVICES.length)]);
    expect(rows.map((r) => r.name)).toEqual(['Schedule 2, paragraph 1: Help in our area', 'Schedule 2, paragraph 15: Information and advice', 'Schedule 2, paragraph 17: Complaints']);
    expect(rows[1]!.answers).toEqual([
      { kind: 'guide', label: 'About us', href: '/guides/about/' },
      { kind: 'category', label: 'Advice', href: '/services/category/advice/' },
    ]);
    expect(rows[2]!.answers).toEqual([{ kind: 'guide', label: 'If you disagree', href: '/guides/if-you-disagree/' }]);
    // The directory answers paragraph 1 on any site.
    expect(rows[0]!.answers.map((a) => a.kind)).toEqual(['guide', 'page']);
    expect(rows[0]!.wording).toEqual({ lead: 'The words.', items: [] });
    expect(rows[1]!.wording).toBeUndefined();
    // Until its wording is checked, a paragraph's number may be wrong too: the link is to the whole schedule.
    expect(rows[0]!.url).toBe('https://www.legislation.gov.uk/uksi/2014/1530/schedule/2/paragraph/1');
    expect(rows[1]!.url).toBe('https://www.legislation.gov.uk/uksi/2014/1530/schedule/2');
  });

  it('warns about each paragraph nothing answers, naming it and saying how to answer it', () => {
    const withoutGuide = [...guides.filter((g) => g.href !== '/guides/if-you-disagree/'), ...categories];
    const problems = unanswered(coverage(PARAGRAPHS, withoutGuide), { guides: 'content/guides', taxonomy: 'data/taxonomy.csv' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe('warning');
    expect(formatProblem(problems[0]!)).toMatch(/^Warning: content\/guides: Expected a guide, page or directory category that answers Schedule 2, paragraph 17: Complaints \(What paragraph 17 asks for\.\)\. .*"schedule2: \[sch2-17\]".*data\/taxonomy\.csv/);
    expect(unanswered(coverage(PARAGRAPHS, [...guides, ...categories]), { guides: 'content/guides', taxonomy: 'data/taxonomy.csv' })).toEqual([]);
  });

  it('counts a category or the directory as an answer only once it lists a service, and says so when that is all that names a paragraph', () => {
    const taxonomy = [
      { id: 'advice', label: 'Advice', schedule2: ['sch2-15'] },
      { id: 'complaints', label: 'Complaints help', schedule2: ['sch2-17'] },
    ];
    const someServices = [{ categories: ['advice'] }];
    const rows = coverage(PARAGRAPHS, [...categorySources(taxonomy, someServices, 'data/taxonomy.csv'), ...sitePageSources(someServices.length)]);
    expect(rows.map((r) => r.answers.map((a) => a.label))).toEqual([['Find services'], ['Advice'], []]);
    const problems = unanswered(rows, { guides: 'content/guides', taxonomy: 'data/taxonomy.csv' }).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Schedule 2, paragraph 17');
    expect(problems[0]).toContain('The directory category "Complaints help" names it, but has no services yet');

    // A new area with no services at all: the directory answers nothing either.
    const none = coverage(PARAGRAPHS, [...categorySources(taxonomy, [], 'data/taxonomy.csv'), ...sitePageSources(0)]);
    expect(none.every((r) => r.answers.length === 0)).toBe(true);
    expect(unanswered(none, { guides: 'content/guides', taxonomy: 'data/taxonomy.csv' }).map((p) => formatProblem(p))[0]).toContain('The page "Find services" names it, but has no services yet');

    // services.csv has errors, so rows may be missing: no category or page is called empty on top of those errors.
    const unknown = coverage(PARAGRAPHS, [...categorySources(taxonomy, undefined, 'data/taxonomy.csv'), ...sitePageSources(undefined)]);
    expect(unknown.map((r) => r.answers.map((a) => a.label))).toEqual([['Find services'], ['Advice'], ['Complaints help']]);
  });

  it('stops on a key that names no paragraph, with the nearest one, wherever it was written', () => {
    const typo: AnswerSource[] = [
      ...guideSources([{ slug: 'x', title: 'X', schedule2: ['sch2-177'], file: 'content/guides/x.mdx' }]),
      // A category with no services is still checked for typos.
      ...categorySources([{ id: 'advice', label: 'Advice', schedule2: ['sch-15'] }], [], 'data/taxonomy.csv'),
    ];
    expect(unknownKeys(PARAGRAPHS, typo).map(formatProblem)).toEqual([
      'Error: content/guides/x.mdx, column "schedule2": Found "sch2-177". Expected a paragraph of Schedule 2 written as a key, one of: sch2-1, sch2-15, sch2-17. Did you mean sch2-17? The paragraphs are listed in src/local-offer/schedule-2.csv.',
      'Error: data/taxonomy.csv, column "schedule2": Found "sch-15". Expected a paragraph of Schedule 2 written as a key, one of: sch2-1, sch2-15, sch2-17. Did you mean sch2-15? The paragraphs are listed in src/local-offer/schedule-2.csv.',
    ]);
    expect(unknownKeys(PARAGRAPHS, [...guides, ...categories, ...sitePageSources(SERVICES.length)])).toEqual([]);
  });
});
