/** The updates collection for pages: every update, newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from './updates';
import { getFacts } from '../facts/collection';
import { fillFacts } from '../facts/facts';

/** Every update, with any `<Fact name="…" />` in its summary filled in from the data. */
export async function getUpdates(): Promise<CollectionEntry<'updates'>[]> {
  const facts = await getFacts();
  const updates = (await getCollection('updates')).map((e) => ({ ...e, data: { ...e.data, summary: fillFacts(e.data.summary, facts) } }));
  return sortNewestFirst(updates);
}
