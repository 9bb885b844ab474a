/** The revisions log and the change log, for pages. */
import { getEntry } from 'astro:content';
import type { Change } from './changes';
import type { Revision } from './revisions';

/** Every revision, oldest first (the order they were published in). */
export async function getRevisions(): Promise<Revision[]> {
  return (await getEntry('revisions', 'log'))?.data.revisions ?? [];
}

/** Every line of data/changes.csv, newest first. */
export async function getChanges(): Promise<Change[]> {
  return (await getEntry('changes', 'log'))?.data.changes ?? [];
}
