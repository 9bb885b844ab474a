import { describe, expect, it } from 'vitest';
import { feedItems, updateFilterLinks, updatePath, updateTypePath } from './pages';
import type { UpdateFrontmatter } from './updates';

const u = (id: string, data: Partial<UpdateFrontmatter>) => ({
  id,
  data: { title: id, date: '2026-01-01', type: 'news', summary: `About ${id}.`, ...data } as UpdateFrontmatter,
});

describe('paths', () => {
  it('builds addresses with a trailing slash', () => {
    expect(updatePath('2026-10-20-you-said-phone-line')).toBe('/updates/2026-10-20-you-said-phone-line/');
    expect(updateTypePath('you-said-we-did')).toBe('/updates/type/you-said-we-did/');
  });
  it('lists "All updates" then each type, marking only the current one', () => {
    const links = updateFilterLinks('data-release');
    expect(links.map((l) => l.label)).toEqual(['All updates', 'News', 'Data releases', 'You said, we did']);
    expect(links.filter((l) => l.current).map((l) => l.href)).toEqual(['/updates/type/data-release/']);
    expect(updateFilterLinks('all')[0]?.current).toBe(true);
  });
});

describe('feedItems', () => {
  const items = feedItems([
    u('old', { date: '2026-06-18' }),
    u('ysd', { date: '2026-10-20', type: 'you-said-we-did', summary: 'Phones.', you_said: 'Nobody answers.', we_did: 'We added staff.' }),
    u('data', { date: '2026-11-02', type: 'data-release' }),
  ]);
  it('is newest first, with links and dates', () => {
    expect(items.map((i) => i.link)).toEqual(['/updates/data/', '/updates/ysd/', '/updates/old/']);
    expect(items[0]?.pubDate.toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(items[0]?.categories).toEqual(['Data releases']);
  });
  it('includes what people said and what the council did', () => {
    expect(items[1]?.description).toBe('Phones. You said: “Nobody answers.” We did: We added staff.');
    expect(items[2]?.description).toBe('About old.');
  });
});
