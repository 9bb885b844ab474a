/** Guides as an Astro collection: MDX files; the id is the slug, e.g. `young-people/what-is-an-ehc-plan`. */
import { join } from 'node:path';
import { defineCollection, getCollection } from 'astro:content';
import { globIn } from '../../core/glob-loader.node.ts';
import { contentDir } from '../../core/files.node.ts';
import { guideSchema, guideSlug } from './schema';

export const guides = defineCollection({
  loader: globIn({ pattern: '**/*.{md,mdx}', base: join(contentDir(), 'guides'), generateId: ({ entry }) => guideSlug(entry) }),
  schema: guideSchema,
});

/**
 * Every guide as the helpers in ./guides.ts need it (`slug` = the entry id), with any
 * `<Fact name="…" />` in its summary filled in (a national guide names the area: `area.name`).
 */
// The facts are imported when a page first asks, as in ../updates/collection.ts: every collection.ts loads as the build starts.
export async function getGuides() {
  const [{ getFacts }, { fillFacts }] = await Promise.all([import('../facts/collection'), import('../facts/facts')]);
  const facts = await getFacts();
  const entries = await getCollection('guides');
  return entries.map((entry) => ({ ...entry, data: { ...entry.data, summary: fillFacts(entry.data.summary, facts) }, slug: entry.id }));
}
