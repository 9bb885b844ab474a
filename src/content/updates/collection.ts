/** News and "You said, we did" as an Astro collection: one Markdown (or MDX, to use `<Fact>`) file each, checked by ./updates.ts. */
import { existsSync, readdirSync } from 'node:fs';
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
  // A new area has no updates yet: that is not a fault, so Astro is not asked for an empty collection (it would warn on every page that lists them).
  if (!hasUpdateFiles()) return [];
  const [{ getFacts }, { fillFacts }] = await Promise.all([import('../facts/collection'), import('../facts/facts')]);
  const facts = await getFacts();
  const updates = (await getCollection('updates')).map((e) => ({ ...e, data: { ...e.data, summary: fillFacts(e.data.summary, facts) } }));
  return sortNewestFirst(updates);
}

function hasUpdateFiles(): boolean {
  const folder = join(contentDir(), 'updates');
  return existsSync(folder) && readdirSync(folder).some((f) => /\.mdx?$/.test(f));
}
