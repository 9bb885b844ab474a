/**
 * The change log (data/changes.csv, read with the other datasets) and the
 * revisions log (worked out from git when the site builds) as the build
 * holds them, and what each guarded file is, for the logs' titles.
 */
import { getDataset } from '../core/held-datasets';
import type { ChangeLog } from '../core/history/changes';
import type { KeyedDataset } from '../core/history/keyed';
import type { Revision } from '../core/history/revisions';
import { getSite } from '../config/get';
import { changeLog, revisionLog, type ChangeLogRow, type RevisionLogRow } from './view';
import { changeLogTable } from './log-tables';
import type { LogTableProps } from '../ui/log-table/log-table';

/** The id the build holds the revisions log under. */
export const REVISIONS_DATASET = 'revisions';
/** The id the build holds every dataset's history description under. */
export const HISTORY_DESCRIPTIONS = 'history-descriptions';

/** Every line of data/changes.csv, newest first. */
export async function getChanges(): Promise<ChangeLog['changes']> {
  return (await getDataset<ChangeLog>('changes')).changes;
}

/** Every revision, oldest first (the order they were published in). */
export const getRevisions = () => getDataset<Revision[]>(REVISIONS_DATASET);

/** What each guarded file's rows are, for the titles and pages in the logs. */
export const getHistoryDescriptions = () => getDataset<readonly KeyedDataset[]>(HISTORY_DESCRIPTIONS);

/** The change log as the page lists it, newest first, with the data each line is about. */
export async function getChangeLog(): Promise<ChangeLogRow[]> {
  return changeLog(await getChanges(), await getHistoryDescriptions());
}

/** The revisions log as pages list it, newest first, small counts withheld. */
export async function getRevisionLog(): Promise<RevisionLogRow[]> {
  const site = await getSite();
  return revisionLog(await getRevisions(), site.smallNumberThreshold, await getHistoryDescriptions());
}

/** The change log as its page's table. */
export async function getChangeLogTable(): Promise<LogTableProps> {
  return changeLogTable(await getChangeLog());
}
