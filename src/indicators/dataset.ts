/**
 * The other measures (the statutory-process data suite and the improvement
 * plan's KPIs), described once: the list of indicators and their figures,
 * what a figure is to the history guard, their pages and downloads. Optional:
 * an area with no indicators/indicators.csv has no indicator pages.
 */
import type { DataFolder } from '../core/data-folder';
import type { DataFileSpec } from '../core/dataset';
import type { Checked } from '../core/problems';
import { csvDataset } from '../core/history/csv-dataset';
import { defineDataset } from '../config/dataset';
import { planAreaProblems } from './plan-areas';
import { parsePeriod, periodFromKey, periodLabel } from './period';
import { readIndicatorSuite, type IndicatorSuite } from './read';
import { INDICATORS_COLUMNS, VALUES_COLUMNS } from './schema';
import { formatCount } from '../core/format';

export const INDICATOR_FILES = { indicators: 'indicators/indicators.csv', values: 'indicators/values.csv' } as const;
export const DASHBOARD_PAGE = '/data/';

/** `decisions-within-6-weeks 2025-01`: an indicator's value is known by its id and its period, however the period is typed. */
export function indicatorValueKey(id: string, period: string): string {
  const parsed = parsePeriod(period);
  const tidy = parsed.ok ? parsed.period.key : period.trim();
  return id.trim() === '' || tidy === '' ? '' : `${id.trim()} ${tidy}`;
}

/**
 * The suite and every problem in it. Each `plan_areas` id is checked against
 * the plan's areas (none, when the area has no plan), but only when the plan
 * itself read cleanly, so a broken areas.csv is not reported a second time.
 */
export function readIndicatorData(folder: DataFolder, today: Date, plan: Checked<{ areas: readonly { area_id: string }[] }> | undefined): Checked<IndicatorSuite> {
  const defs = folder.read(INDICATOR_FILES.indicators);
  const vals = folder.read(INDICATOR_FILES.values);
  if (!defs.file || !vals.file) {
    return { value: { indicators: [], values: [], files: { indicators: defs.path, values: vals.path } }, problems: [...defs.problems, ...vals.problems] };
  }
  const { value, problems } = readIndicatorSuite(defs.file, vals.file, today);
  const areas = plan ?? { value: { areas: [] }, problems: [] };
  const planIsClean = !areas.problems.some((p) => p.severity === 'error');
  const links = planIsClean ? planAreaProblems(value.indicators, areas.value.areas.map((a) => a.area_id), value.files.indicators) : [];
  return { value, problems: [...problems, ...links] };
}

const VALUES_FILE: DataFileSpec = { path: INDICATOR_FILES.values, label: 'The other measures’ figures', columns: VALUES_COLUMNS, newArea: 'remove' };
const INDICATORS_FILE: DataFileSpec = { path: INDICATOR_FILES.indicators, label: 'The list of other measures', columns: INDICATORS_COLUMNS, newArea: 'remove' };

export const indicatorsDataset = defineDataset({
  id: 'indicators',
  title: 'Other measures',
  files: [VALUES_FILE, INDICATORS_FILE],
  presentWhen: INDICATOR_FILES.indicators,
  needs: ['plan'],
  read: (folder, { today, earlier }) => readIndicatorData(folder, today, earlier('plan') as Checked<{ areas: readonly { area_id: string }[] }> | undefined),
  history: [
    csvDataset({
      id: 'indicators',
      title: 'Figures and progress: the other measures',
      page: DASHBOARD_PAGE,
      file: INDICATORS_FILE,
      noun: { one: 'indicator', many: 'indicators' },
      keyColumn: 'id',
      label: (key, cells) => (cells['title'] ? `the indicator "${cells['title']}" (id ${key})` : `the indicator ${key}`),
    }),
    csvDataset({
      id: 'indicator-values',
      title: 'Figures and progress: the other measures',
      page: DASHBOARD_PAGE,
      file: VALUES_FILE,
      noun: { one: 'value', many: 'values' },
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
    }),
  ],
  preview: ({ indicators, values }) => ({
    title: `${formatCount(indicators.length, 'measure', 'measures')} with ${formatCount(values.length, 'figure', 'figures')}`,
    sentences: [],
  }),
  // Each indicator's page is /data/<id>/ (indicatorPath); the dashboard is there for the EHCP figures too.
  pages: [],
});
