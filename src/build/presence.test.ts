import { describe, expect, it } from 'vitest';
import { absentPages, isPublished } from './presence';
import { DATASETS } from './registry';

const all = new Set(DATASETS.map((d) => d.id));
const without = (id: string) => new Set([...all].filter((d) => d !== id));

describe('which pages an area has', () => {
  it('has every dataset’s pages when it publishes every dataset', () => {
    expect(absentPages(all)).toEqual([]);
    expect(isPublished('/progress/', all)).toBe(true);
  });

  it('has none of a dataset’s pages, at or under its addresses, when it does not publish it', () => {
    const plan = DATASETS.find((d) => d.id === 'plan')!;
    expect(absentPages(without('plan'))).toEqual([...plan.pages]);
    for (const page of plan.pages) {
      expect(isPublished(page, without('plan'))).toBe(false);
      expect(isPublished(`${page}some-area/#x`, without('plan'))).toBe(false);
    }
    expect(isPublished('/guides/', without('plan'))).toBe(true);
  });
});
