/**
 * The change log (data/changes.csv), described once: a line says something
 * published was taken out or changed on purpose, and why. The history guard
 * reads it (src/core/history/); the site publishes it at /data/changes/ with
 * the revisions log, worked out from git when the site builds.
 */
import { csvDataset } from '../core/history/csv-dataset';
import { changeKey, changeLogFrom, CHANGES_COLUMNS, CHANGES_FILE } from '../core/history/changes';
import { readRows, type KeyedDataset } from '../core/history/keyed';
import { defineDataset } from '../config/dataset';
import { formatCount } from '../core/format';
import type { DataFileSpec } from '../core/dataset';

export const CHANGES_PAGE = '/data/changes/';

const CHANGES_FILE_SPEC: DataFileSpec = { path: CHANGES_FILE, label: 'The change log', columns: CHANGES_COLUMNS, newArea: 'remove' };

/** The change log itself: a line taken out of it would lose the reason for a change. A line is known by its date, file and what together. */
const changesHistory: KeyedDataset = {
  ...csvDataset({
    id: 'changes',
    title: 'Changes to published data',
    page: CHANGES_PAGE,
    file: CHANGES_FILE_SPEC,
    noun: { one: 'line', many: 'lines' },
    keyColumn: 'what',
    label: (key) => `the line for ${key}`,
  }),
  read: (bytes, file) =>
    readRows(bytes, file, CHANGES_COLUMNS, 'what')?.map(({ row, cells }) => ({
      key: changeKey(cells),
      row,
      label: `the line "${[cells['date'], cells['file'], cells['what']].join(', ')}"`,
      series: '',
      period: '',
    })),
};

export const changesDataset = defineDataset({
  id: 'changes',
  title: 'Changes to published data',
  files: [CHANGES_FILE_SPEC],
  read: (folder, { today }) => changeLogFrom(folder, today),
  history: [changesHistory],
  preview: ({ changes }) => ({ title: `The change log would have ${formatCount(changes.length, 'line', 'lines')}`, sentences: [] }),
  pages: [CHANGES_PAGE],
});
