import { TURNING_POINTS as T } from '../../core/__fixtures__/uk-time';
import { describe, expect, it } from 'vitest';
import { checkRelated, isReviewOverdue, needsContentsList, relatedGuides } from './guides';
import { guideHeadings, parseGuide, proseBlocks } from './mdx';
import { guideSchema, guideSlug, readGuideFrontmatter, type GuideRef } from './schema';
import { splitFrontmatter } from '../frontmatter';

const FRONT = `title: Annual reviews
summary: What happens at a review.
audience: parents-carers
format: standard
topics: [ehcp, annual-review]
reviewed: 2026-09-01
next_review: 2027-09-01`;

const guide = (front: string, body = 'Some text.') => `---\n${front}\n---\n\n${body}\n`;

describe('guide frontmatter', () => {
  it('reads valid frontmatter, dates as YYYY-MM-DD', () => {
    const { value, problems } = readGuideFrontmatter('content/guides/a.mdx', guide(FRONT));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ audience: 'parents-carers', format: 'standard', reviewed: '2026-09-01', topics: ['ehcp', 'annual-review'] });
  });

  it('accepts the Date objects that Astro’s YAML loader produces', () => {
    const parsed = guideSchema.safeParse({ title: 't', summary: 's', audience: 'young-people', format: 'easy-read', topics: ['x'], reviewed: new Date('2026-01-01'), next_review: new Date('2027-01-01') });
    expect(parsed.success && parsed.data.next_review).toBe('2027-01-01');
  });

  it('names the field, the value found and the allowed values', () => {
    const { problems } = readGuideFrontmatter('content/guides/a.mdx', guide(FRONT.replace('parents-carers', 'parents')));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/guides/a.mdx', row: 4, column: 'audience', value: 'parents', expected: 'one of: parents-carers, young-people, professionals', severity: 'error' }),
    ]);
  });

  it('says which field is missing and how to add it', () => {
    const { problems } = readGuideFrontmatter('g.mdx', guide(FRONT.replace(/summary:.*\n/, '')));
    expect(problems[0]).toMatchObject({ column: 'summary', fix: 'Add a "summary:" line to the frontmatter.' });
  });

  it('requires next_review after reviewed', () => {
    const { problems } = readGuideFrontmatter('g.mdx', guide(FRONT.replace('2027-09-01', '2026-08-01')));
    expect(problems[0]).toMatchObject({ column: 'next_review', value: '2026-08-01', expected: 'a date after the "reviewed" date' });
  });

  it('reports impossible dates and broken YAML without throwing', () => {
    expect(readGuideFrontmatter('g.mdx', guide(FRONT.replace('2026-09-01', '2026-02-30'))).problems[0]?.column).toBe('reviewed');
    const broken = readGuideFrontmatter('g.mdx', guide('title: A: B: C\n  - x'));
    expect(broken.problems[0]?.expected).toBe('frontmatter written as "field: value" lines');
    expect(readGuideFrontmatter('g.mdx', 'No frontmatter').problems[0]?.row).toBe(1);
  });

  it('defaults format to standard', () => {
    const { value } = readGuideFrontmatter('g.mdx', guide(FRONT.replace('format: standard\n', '')));
    expect(value?.format).toBe('standard');
  });
});

describe('slugs and parsing', () => {
  it('makes the same slug as the glob loader, from the path under the guides folder', () => {
    expect(guideSlug('young-people/What Is An EHC Plan.mdx')).toBe('young-people/what-is-an-ehc-plan');
    expect(guideSlug('ehcp-process.mdx')).toBe('ehcp-process');
    expect(guideSlug('young-people\\plan.md')).toBe('young-people/plan');
  });

  it('splits frontmatter and knows where the body starts', () => {
    const { yaml, bodyLine } = splitFrontmatter(guide(FRONT));
    expect(yaml).toContain('title: Annual reviews');
    expect(bodyLine).toBe(10);
  });

  it('takes prose from paragraphs and lists, not headings, code or image alt text', () => {
    const tree = parseGuide(guide(FRONT, '## A heading\n\nA sentence.\n\n- an item\n\n```\ncode here\n```\n\n![alt text](/x.svg)'));
    expect(proseBlocks(tree)).toEqual([
      { text: 'A sentence.', line: 13, inList: false },
      { text: 'an item', line: 15, inList: true },
    ]);
  });
});

describe('contents list and review dates', () => {
  it('needs a contents list from 4 h2 headings', () => {
    const body = ['One', 'Two', 'Three'].map((h) => `## ${h}\n\nText.\n\n### Sub\n`).join('\n');
    const three = guideHeadings(parseGuide(guide(FRONT, body)));
    expect(three).toEqual(['One', 'Two', 'Three']);
    expect(needsContentsList(three.length)).toBe(false);
    expect(needsContentsList(guideHeadings(parseGuide(guide(FRONT, `${body}\n## Four\n`))).length)).toBe(true);
  });

  it('is overdue only after next_review', () => {
    expect(isReviewOverdue({ next_review: '2027-09-01' }, '2027-09-01')).toBe(false);
    expect(isReviewOverdue({ next_review: '2027-09-01' }, new Date('2027-09-02T10:00:00Z'))).toBe(true);
  });

  it('turns at midnight in England, at a year end, on 29 February and after the clock changes', () => {
    expect(isReviewOverdue({ next_review: '2027-06-30' }, T.lastMinuteOfJune)).toBe(false);
    expect(isReviewOverdue({ next_review: '2027-06-30' }, T.firstMinuteOfJuly)).toBe(true);
    expect(isReviewOverdue({ next_review: '2027-12-31' }, T.lastMinuteOfYear)).toBe(false);
    expect(isReviewOverdue({ next_review: '2027-12-31' }, T.firstMinuteOfYear)).toBe(true);
    expect(isReviewOverdue({ next_review: '2028-02-29' }, T.leapDay)).toBe(false);
    expect(isReviewOverdue({ next_review: '2028-02-29' }, T.dayAfterLeapDay)).toBe(true);
    expect(isReviewOverdue({ next_review: '2027-03-28' }, T.springForwardNight)).toBe(true);
    expect(isReviewOverdue({ next_review: '2027-10-31' }, T.fallBackNight)).toBe(false);
  });
});

describe('relatedGuides', () => {
  const g = (slug: string, topics: string[], extra: Partial<GuideRef['data']> = {}): GuideRef => ({ slug, data: { title: slug, topics, ...extra } });
  const all = [g('a', ['ehcp']), g('b', ['ehcp', 'review']), g('c', ['adult']), g('d', ['ehcp', 'review'], { order: 1 }), g('e', ['other'])];

  it('puts explicit related guides first, then guides sharing most topics', () => {
    const self = g('self', ['ehcp', 'review'], { related: ['e', 'missing'] });
    expect(relatedGuides(self, [...all, self], 4).map((x) => x.slug)).toEqual(['e', 'd', 'b', 'a']);
  });

  it('never suggests the guide itself or guides with nothing in common', () => {
    expect(relatedGuides(all[0]!, all).map((x) => x.slug)).toEqual(['d', 'b']);
  });

  it('reports related slugs that name no guide', () => {
    const { value } = readGuideFrontmatter('g.mdx', guide(`${FRONT}\nrelated: [ehcp-proces]`));
    const problems = checkRelated('g.mdx', value!, new Set(['ehcp-process']));
    expect(problems[0]).toMatchObject({ column: 'related', value: 'ehcp-proces' });
  });
});
