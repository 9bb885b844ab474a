/**
 * The data files the history guards, described as keyed rows. A new dataset
 * (indicator values, for example) adds one description to HISTORY_DATASETS:
 * key, words, figures that can be revised, and how to read a version.
 */
import type { ColumnSpec } from '../core/csv';
import { count, parseMonth } from '../core/fields';
import { formatMonth } from '../core/format';
import { EHCP_TIMELINESS_COLUMNS } from '../ehcp/ehcp';
import { AREAS_COLUMNS, REVIEW_COLUMNS } from '../plan/schema';
import { mentionsAction } from '../plan/checks';
import { SERVICES_COLUMNS } from '../directory/services';
import { CHANGES_COLUMNS, changeKey } from './changes';
import { INDICATORS_COLUMNS, VALUES_COLUMNS } from '../indicators/schema';
import { parsePeriod, periodFromKey, periodLabel } from '../indicators/period';
import { readRows, type KeyedDataset, type KeyedRow } from './keyed';

/** A figure cell: blank is "not given" (undefined), a cell that is not a count (or a number, for `decimal`) is unreadable (null). */
export function figureCell(raw: string | undefined, decimal = false): number | null | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (decimal) {
    const t = raw.trim().replace(/,(?=\d{3}(\D|$))/g, '');
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
  }
  const parsed = count.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** `Aug-25`, `01/08/2025` and `2025-08` are the same month; anything else stays as typed. */
export function monthKey(raw: string): string {
  const parsed = parseMonth(raw);
  return parsed.ok ? parsed.month : raw.trim();
}

/**
 * A simple dataset: one file (or a folder of files), one key column, figures
 * read as counts. Rows whose key cell is empty are left out.
 */
export function csvDataset(options: {
  id: string;
  title: string;
  page?: string;
  matches: (path: string) => boolean;
  noun: { one: string; many: string };
  spec: ColumnSpec;
  keyColumn: string;
  /** A key made of more than the key column (an indicator's id and period). */
  keyOf?: (cells: Record<string, string>) => string;
  normaliseKey?: (raw: string) => string;
  label: (key: string, cells: Record<string, string>) => string;
  figures?: KeyedDataset['figures'];
  period?: (key: string) => string;
  series?: (cells: Record<string, string>) => string;
  notesColumn?: string;
  shrinkLimit?: number;
  snapshots?: boolean;
  explains?: KeyedDataset['explains'];
  hint?: KeyedDataset['hint'];
}): KeyedDataset {
  const normaliseKey = options.normaliseKey ?? ((raw: string) => raw.trim());
  const figures = options.figures ?? [];
  return {
    id: options.id,
    title: options.title,
    page: options.page,
    matches: options.matches,
    noun: options.noun,
    figures,
    shrinkLimit: options.shrinkLimit,
    snapshots: options.snapshots,
    explains: options.explains,
    hint: options.hint,
    normaliseKey,
    read: (bytes, file) => {
      const rows = readRows(bytes, file, options.spec, options.keyColumn);
      if (!rows) return undefined;
      return rows.flatMap(({ row, cells, misaligned }): KeyedRow[] => {
        const key = options.keyOf ? options.keyOf(cells) : normaliseKey(cells[options.keyColumn] ?? '');
        if (key === '') return [];
        return [{
          key,
          row,
          label: options.label(key, cells),
          series: options.series?.(cells) ?? '',
          period: options.period?.(key) ?? '',
          figures: misaligned ? undefined : Object.fromEntries(figures.map(({ column, decimal }) => [column, figureCell(cells[column], decimal)])),
          notes: options.notesColumn ? cells[options.notesColumn] : undefined,
        }];
      });
    },
  };
}

const isMonth = (key: string) => /^\d{4}-\d{2}$/.test(key);

export const ehcpTimelinessHistory = csvDataset({
  id: 'ehcp-timeliness',
  title: 'New EHC plans issued within 20 weeks',
  page: '/data/ehcp-timeliness/',
  matches: (path) => path === 'ehcp-timeliness.csv',
  noun: { one: 'month', many: 'months' },
  spec: EHCP_TIMELINESS_COLUMNS,
  keyColumn: 'month',
  normaliseKey: monthKey,
  label: (key) => (isMonth(key) ? formatMonth(key) : `month "${key}"`),
  period: (key) => (isMonth(key) ? key : ''),
  figures: [
    { column: 'plans_issued_den', label: 'plans issued' },
    { column: 'plans_issued_within_20_weeks', label: 'plans issued within 20 weeks' },
    { column: 'plans_issued_den_ex', label: 'plans issued, excluding exceptions' },
    { column: 'plans_issued_20_weeks_ex', label: 'plans issued within 20 weeks, excluding exceptions' },
    { column: 'requests_received', label: 'requests for assessment received' },
  ],
});

export const planReviewHistory = csvDataset({
  id: 'improvement-plan-review',
  title: 'Improvement plan progress reviews',
  page: '/progress/',
  matches: (path) => /^improvement-plan\/reviews\/[^/]+\.csv$/i.test(path),
  noun: { one: 'action', many: 'actions' },
  spec: REVIEW_COLUMNS,
  keyColumn: 'action_id',
  label: (key) => `action ${key}`,
  notesColumn: 'update',
  snapshots: true,
  // The publishing guide asks for "Replaces 2.3" in the update of the action that takes over.
  explains: (key, rows) => rows.some((r) => mentionsAction(r.notes, key)),
  // 4.10 gone and one more 4.1 than before: a spreadsheet read 4.10 as a number.
  hint: (key, rows, before) => {
    const asNumber = /^\d+\.\d*0$/.test(key) ? key.replace(/0+$/, '') : undefined;
    const count = (list: readonly KeyedRow[]) => list.filter((r) => r.key === asNumber).length;
    return asNumber && count(rows) > count(before)
      ? `A spreadsheet has probably turned ${key} into the number ${asNumber}: change it back and keep the action_id column as Text (docs/publishing.md explains how).`
      : undefined;
  },
});

export const planAreaHistory = csvDataset({
  id: 'improvement-plan-areas',
  title: 'Improvement plan areas',
  page: '/progress/',
  matches: (path) => path === 'improvement-plan/areas.csv',
  noun: { one: 'area', many: 'areas' },
  spec: AREAS_COLUMNS,
  keyColumn: 'area_id',
  label: (key, cells) => (cells['title'] ? `area ${key} ("${cells['title']}")` : `area ${key}`),
});

export const servicesHistory = csvDataset({
  id: 'services',
  title: 'Directory of services',
  page: '/services/',
  matches: (path) => path === 'services.csv',
  noun: { one: 'service', many: 'services' },
  spec: SERVICES_COLUMNS,
  keyColumn: 'id',
  label: (key, cells) => (cells['name'] ? `the service "${cells['name']}" (id ${key})` : `the service with id ${key}`),
  shrinkLimit: 0.1,
});

/** The change log itself: a line taken out of it would lose the reason for a change. */
export const changesHistory: KeyedDataset = (() => {
  const base = csvDataset({
    id: 'changes',
    title: 'Changes to published data',
    page: '/data/changes/',
    matches: (path) => path === 'changes.csv',
    noun: { one: 'line', many: 'lines' },
    spec: CHANGES_COLUMNS,
    keyColumn: 'what',
    label: (key) => `the line for ${key}`,
  });
  return {
    ...base,
    // A line is known by its date, file and what together.
    read: (bytes, file) => {
      const rows = readRows(bytes, file, CHANGES_COLUMNS, 'what');
      return rows?.map(({ row, cells }) => {
        const key = changeKey(cells);
        return { key, row, label: `the line "${[cells['date'], cells['file'], cells['what']].join(', ')}"`, series: '', period: '' };
      });
    },
  };
})();

/** `decisions-within-6-weeks 2025-01`: an indicator's value is known by its id and its period, however the period is typed. */
export function indicatorValueKey(id: string, period: string): string {
  const parsed = parsePeriod(period);
  const tidy = parsed.ok ? parsed.period.key : period.trim();
  return id.trim() === '' || tidy === '' ? '' : `${id.trim()} ${tidy}`;
}

export const indicatorValuesHistory = csvDataset({
  id: 'indicator-values',
  title: 'Figures and progress: the other measures',
  page: '/data/',
  matches: (path) => path === 'indicators/values.csv',
  noun: { one: 'value', many: 'values' },
  spec: VALUES_COLUMNS,
  keyColumn: 'indicator_id',
  keyOf: (cells) => indicatorValueKey(cells['indicator_id'] ?? '', cells['period'] ?? ''),
  // In data/changes.csv: the id and the period, such as "decisions-within-6-weeks 2025-01".
  normaliseKey: (raw) => {
    const [id = '', ...period] = raw.trim().split(/[\s:]+/);
    return indicatorValueKey(id, period.join(' '));
  },
  label: (key) => {
    const [id, period] = key.split(' ');
    const parsed = periodFromKey(period ?? '');
    return `${id}, ${parsed ? periodLabel(parsed) : period}`;
  },
  series: (cells) => (cells['indicator_id'] ?? '').trim(),
  period: (key) => periodFromKey(key.split(' ')[1] ?? '')?.start ?? '',
  figures: [
    { column: 'numerator', label: 'numerator' },
    { column: 'denominator', label: 'denominator' },
    { column: 'value', label: 'value', decimal: true },
  ],
});

export const indicatorsHistory = csvDataset({
  id: 'indicators',
  title: 'Figures and progress: the other measures',
  page: '/data/',
  matches: (path) => path === 'indicators/indicators.csv',
  noun: { one: 'indicator', many: 'indicators' },
  spec: INDICATORS_COLUMNS,
  keyColumn: 'id',
  label: (key, cells) => (cells['title'] ? `the indicator "${cells['title']}" (id ${key})` : `the indicator ${key}`),
});

/** Every dataset the history guards. */
export const HISTORY_DATASETS: readonly KeyedDataset[] = [
  ehcpTimelinessHistory, planReviewHistory, planAreaHistory, servicesHistory, indicatorsHistory, indicatorValuesHistory, changesHistory,
];

/** The description that reads a file, if any. */
export function datasetFor(path: string, datasets: readonly KeyedDataset[] = HISTORY_DATASETS): KeyedDataset | undefined {
  return datasets.find((d) => d.matches(path));
}
