import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { groupByType, latestUpdates, readUpdateFrontmatter, sortNewestFirst, updatesOfType, type UpdateType } from './updates';

const md = (fields: string) => `---\n${fields}\n---\n\nBody.\n`;

describe('readUpdateFrontmatter', () => {
  it('reads a valid news item', () => {
    const { value, problems } = readUpdateFrontmatter('content/updates/a.md', md('title: Hello\ndate: 2026-10-01\ntype: news\nsummary: Something happened.'));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ title: 'Hello', date: '2026-10-01', type: 'news' });
  });

  it('requires you_said and we_did for "You said, we did"', () => {
    const { problems } = readUpdateFrontmatter('content/updates/b.md', md('title: Phones\ndate: 2026-10-01\ntype: you-said-we-did\nsummary: x\nyou_said: It is hard to get through.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/updates/b.md', column: 'we_did', severity: 'error' });
  });

  it('names the field, the value and the allowed values for a wrong type', () => {
    const { problems } = readUpdateFrontmatter('content/updates/c.md', md('title: x\ndate: 2026-10-01\ntype: blog\nsummary: x'));
    expect(problems[0]).toMatchObject({ column: 'type', value: 'blog', row: 4 });
    expect(problems[0]?.expected).toContain('you-said-we-did');
  });

  it('reports a date that is not real', () => {
    const { problems } = readUpdateFrontmatter('content/updates/d.md', md('title: x\ndate: 2026-02-30\ntype: news\nsummary: x'));
    expect(problems[0]?.column).toBe('date');
  });
});

type U = { data: { title: string; date: string; type: UpdateType } };
const items: U[] = [
  { data: { title: 'B', date: '2026-09-01', type: 'news' } },
  { data: { title: 'A', date: '2026-11-01', type: 'data-release' } },
  { data: { title: 'C', date: '2026-10-01', type: 'you-said-we-did' } },
  { data: { title: 'D', date: '2026-10-01', type: 'news' } },
];

describe('sorting and grouping', () => {
  it('sorts newest first, then by title', () => {
    expect(sortNewestFirst(items).map((u) => u.data.title)).toEqual(['A', 'C', 'D', 'B']);
  });
  it('filters by type', () => {
    expect(updatesOfType(items, 'news').map((u) => u.data.title)).toEqual(['D', 'B']);
  });
  it('groups by type in a fixed order and leaves out empty groups', () => {
    const groups = groupByType(items.filter((u) => u.data.type !== 'data-release'));
    expect(groups.map((g) => g.type)).toEqual(['news', 'you-said-we-did']);
    expect(groups[1]?.label).toBe('You said, we did');
  });
  it('takes the latest few', () => {
    expect(latestUpdates(items, 2).map((u) => u.data.title)).toEqual(['A', 'C']);
  });
});

describe('shipped updates', () => {
  const dir = new URL('../../../tests/sample/content/updates/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') || f.endsWith('.mdx'));
  it('has at least 8 updates including 3 "You said, we did" and a data release', () => {
    const types = files.map((f) => readUpdateFrontmatter(f, readFileSync(new URL(f, dir), 'utf8')).value?.type);
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(types.filter((t) => t === 'you-said-we-did').length).toBeGreaterThanOrEqual(3);
    expect(types).toContain('data-release');
  });
});
