/** The updates collection for pages: every update, newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from './updates';

export async function getUpdates(): Promise<CollectionEntry<'updates'>[]> {
  return sortNewestFirst(await getCollection('updates'));
}
