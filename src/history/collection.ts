/** The revisions log and the change log, for pages. */
import { getCollection } from 'astro:content';
import type { Change } from './changes';
import type { Revision } from './revisions';

/** Every revision, oldest first (the order they were worked out in). */
export async function getRevisions(): Promise<Revision[]> {
  return (await getCollection('revisions')).sort((a, b) => a.id.localeCompare(b.id)).map(({ data: { id: _id, ...r } }) => r);
}

/** Every line of data/changes.csv, newest first. */
export async function getChanges(): Promise<Change[]> {
  return (await getCollection('changes')).sort((a, b) => a.id.localeCompare(b.id)).map(({ data: { id: _id, ...c } }) => c);
}
