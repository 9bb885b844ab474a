import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { resetWhenFolderChanges } from './glob-loader.node.ts';

/** A loader context with just what the wrapper touches: the stored entries and the collection's meta. */
function fakeContext(meta: Map<string, string>) {
  const entries = new Map<string, unknown>([['ehcp-process', { filePath: '/other/guides/ehcp-process.mdx' }]]);
  const store = { clear: () => entries.clear() };
  return { entries, context: { meta, store } as unknown as LoaderContext };
}

describe('resetWhenFolderChanges', () => {
  let loads = 0;
  const inner: Loader = { name: 'inner', load: async () => void loads++ };
  const site = resolve('/site/content/guides');

  it('drops the stored entries when the folder differs from the last sync, then loads', async () => {
    const meta = new Map([['base', resolve('/other/guides')]]);
    const { entries, context } = fakeContext(meta);
    await resetWhenFolderChanges(inner, '/site/content/guides').load(context);
    expect(entries.size).toBe(0);
    expect(meta.get('base')).toBe(site);
    expect(loads).toBe(1);
  });

  it('keeps them when the folder is the same, so unchanged files are not read again', async () => {
    const { entries, context } = fakeContext(new Map([['base', site]]));
    await resetWhenFolderChanges(inner, '/site/content/guides').load(context);
    expect(entries.size).toBe(1);
  });

  it('drops them on the first sync, when no folder was noted', async () => {
    const { entries, context } = fakeContext(new Map());
    await resetWhenFolderChanges(inner, '/site/content/guides').load(context);
    expect(entries.size).toBe(0);
  });
});
