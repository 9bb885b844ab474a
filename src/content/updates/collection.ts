/** News and "You said, we did" as an Astro collection: one Markdown (or MDX, to use `<Fact>`) file each, checked by ./updates.ts. */
import { join } from 'node:path';
import { defineCollection, getCollection, type CollectionEntry } from 'astro:content';
import { globIn } from '../../core/glob-loader.node.ts';
import { contentDir } from '../../core/files.node.ts';
import { sortNewestFirst, updateSchema } from './updates';

export const updates = defineCollection({
  loader: globIn({ pattern: '*.{md,mdx}', base: join(contentDir(), 'updates') }),
  schema: updateSchema,
});

/** Every update, newest first, with any `<Fact name="…" />` in its summary filled in from the data. */
// The figures are imported when a page first asks (import()), not with this file: src/content.config.ts loads
// every collection.ts through Vite as the build starts, and each module it loads there costs time.
export async function getUpdates(): Promise<CollectionEntry<'updates'>[]> {
  const [{ getFacts }, { fillFacts }] = await Promise.all([import('../facts/collection'), import('../facts/facts')]);
  const facts = await getFacts();
  const updates = (await getCollection('updates')).map((e) => ({ ...e, data: { ...e.data, summary: fillFacts(e.data.summary, facts) } }));
  return sortNewestFirst(updates);
}
