/** News and "You said, we did" as an Astro collection: one Markdown file each, checked by ./updates.ts. */
import { join } from 'node:path';
import { defineCollection, getCollection, type CollectionEntry } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from '../../core/files.node.ts';
import { sortNewestFirst, updateSchema } from './updates';

export const updates = defineCollection({
  loader: glob({ pattern: '*.md', base: join(contentDir(), 'updates') }),
  schema: updateSchema,
});

/** Every update, newest first. */
export async function getUpdates(): Promise<CollectionEntry<'updates'>[]> {
  return sortNewestFirst(await getCollection('updates'));
}
