import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { datasetLoader, heldDatasets } from './data-loader.node.ts';
import { DataError, problem } from './problems';

/** A loader context with just the store the loader touches. */
function fakeContext() {
  const entries = new Map<string, unknown>([['old', { stale: true }]]);
  const store = { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => void entries.set(id, data) };
  return { entries, context: { store } as unknown as LoaderContext };
}

describe('datasetLoader', () => {
  it('holds the checked dataset in memory for the pages, and marks the collection loaded', async () => {
    const { entries, context } = fakeContext();
    const value = { services: [{ id: 'a' }], files: ['data/services.csv'] };
    await datasetLoader('test-directory', () => ({ value, problems: [] })).load(context);
    expect(heldDatasets.get('test-directory')).toBe(value);
    expect([...entries.keys()]).toEqual(['dataset']);
  });

  it('stops with every problem when any is an error, holding nothing', async () => {
    const { context } = fakeContext();
    const errors = [problem({ file: 'data/x.csv', row: 2, column: 'a', value: '?', expected: 'a number' })];
    const load = datasetLoader('test-broken', () => ({ value: {}, problems: errors })).load(context);
    await expect(load).rejects.toBeInstanceOf(DataError);
    expect(heldDatasets.has('test-broken')).toBe(false);
  });
});
