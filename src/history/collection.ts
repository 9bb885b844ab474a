/**
 * The change log (data/changes.csv, read with the other datasets) and the
 * revisions log (worked out from git when the site builds) as collections,
 * and the getters pages use.
 */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import type { ChangeLog } from './changes';
import type { Revision } from './revisions';

export const changes = datasetCollection('changes', async () => (await datasetsForBuild()).changes);

// Read with the data (its problems are reported with theirs).
export const revisions = datasetCollection('revisions', async () => ({ value: { revisions: (await datasetsForBuild()).revisions.value }, problems: [] }));

/** Every line of data/changes.csv, newest first. */
export async function getChanges(): Promise<ChangeLog['changes']> {
  return (await getDataset<ChangeLog>('changes')).changes;
}

/** Every revision, oldest first (the order they were published in). */
export async function getRevisions(): Promise<Revision[]> {
  return (await getDataset<{ revisions: Revision[] }>('revisions')).revisions;
}
