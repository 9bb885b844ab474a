/**
 * The change log (data/changes.csv, read with the other datasets) and the
 * revisions log (worked out from git when the site builds) as collections,
 * and the getters pages use.
 */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { buildDate } from '../core/build-date';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import { dataDir } from '../core/files.node.ts';
import { formatProblem } from '../core/problems';
import type { ChangeLog } from './changes';
import { readRevisionLog } from './history.node.ts';
import type { Revision } from './revisions';

export const changes = datasetCollection('changes', async () => (await datasetsForBuild()).changes);

export const revisions = datasetCollection('revisions', () => {
  const { value, problems } = readRevisionLog(dataDir(), buildDate());
  for (const p of problems) console.warn(formatProblem(p));
  return { value: { revisions: value }, problems };
});

/** Every line of data/changes.csv, newest first. */
export async function getChanges(): Promise<ChangeLog['changes']> {
  return (await getDataset<ChangeLog>('changes')).changes;
}

/** Every revision, oldest first (the order they were published in). */
export async function getRevisions(): Promise<Revision[]> {
  return (await getDataset<{ revisions: Revision[] }>('revisions')).revisions;
}
