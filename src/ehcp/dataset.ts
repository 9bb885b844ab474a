/**
 * The EHCP figures, described once: the monthly 20-week timeliness file and
 * the England comparator, what a month is to the history guard, the facts
 * guides state from them, the page and the downloads.
 */
import type { DataFolder } from '../core/data-folder';
import type { Checked, DataProblem } from '../core/problems';
import { csvDataset, monthKey } from '../core/history/csv-dataset';
import { addMonths, formatCount, formatDate, formatMonth, formatNumber, formatPercent, formatPercent1 } from '../core/format';
import { countText, type Disclosed } from '../core/suppression';
import type { SiteConfig } from '../config/site-schema';
import { defineDataset } from '../config/dataset';
import { EHCP_NATIONAL_COLUMNS, EHCP_TIMELINESS_COLUMNS, readEhcpNational, readEhcpTimeliness, type EhcpData } from './read';
import { deriveMonthlyStats } from './stats';
import { ehcpView } from './view';
import type { DataFileSpec, Preview } from '../core/dataset';
import { publishingSchedule } from './open-data';
import { dueDate } from '../core/schedule';

export const EHCP_FILES = { timeliness: 'ehcp-timeliness.csv', national: 'ehcp-national.csv' } as const;
export const EHCP_PAGE = '/data/ehcp-timeliness/';

const TIMELINESS_FILE: DataFileSpec = { path: EHCP_FILES.timeliness, label: 'EHCP figures', columns: EHCP_TIMELINESS_COLUMNS, newArea: 'empty' };

const isMonth = (key: string) => /^\d{4}-\d{2}$/.test(key);

/** Reads both files from a data folder (on disk, or in memory on the check page). */
export function readEhcpData(folder: DataFolder, today: Date): Checked<EhcpData> {
  const timeliness = folder.read(EHCP_FILES.timeliness);
  const national = folder.read(EHCP_FILES.national);
  const problems: DataProblem[] = [...timeliness.problems, ...national.problems];
  const months = timeliness.file ? readEhcpTimeliness(timeliness.file.bytes, timeliness.file.path, today) : { value: [], problems: [] };
  const england = national.file ? readEhcpNational(national.file.bytes, national.file.path) : { value: [], problems: [] };
  problems.push(...months.problems, ...england.problems);
  return { value: { months: months.value, national: england.value, files: { timeliness: timeliness.path, national: national.path } }, problems };
}

/** `ehcp.2026-10.percent` → "64%", and the same for `ehcp.latest.*`; England's yearly figures; the schedule. */
function* ehcpFacts(data: EhcpData, site: SiteConfig): Iterable<readonly [string, string]> {
  const threshold = site.smallNumberThreshold;
  const publishDay = site.ehcpSchedule.dayOfMonth;
  const count = (d: Disclosed | undefined) => (d === undefined ? 'not given' : countText(d, threshold, formatNumber));
  const percent = (d: Disclosed | undefined) => (d === undefined ? 'not given' : d.shown ? formatPercent(d.value) : 'not shown');
  yield ['ehcp.schedule', publishingSchedule(publishDay)];
  const stats = deriveMonthlyStats(data.months, threshold);
  const latest = stats.at(-1);
  for (const stat of stats) {
    for (const key of stat === latest ? [stat.month, 'latest'] : [stat.month]) {
      yield [`ehcp.${key}.month`, formatMonth(stat.month)];
      yield [`ehcp.${key}.issued`, count(stat.issued)];
      yield [`ehcp.${key}.within`, count(stat.within)];
      yield [`ehcp.${key}.percent`, percent(stat.percent)];
      yield [`ehcp.${key}.percent-12-months`, stat.rolling12 === undefined ? 'not yet available' : percent(stat.rolling12)];
      yield [`ehcp.${key}.requests`, count(stat.requests)];
      const nextMonth = addMonths(stat.month, 1);
      yield [`ehcp.${key}.next-month`, formatMonth(nextMonth)];
      yield [`ehcp.${key}.next-due`, formatDate(dueDate(nextMonth, publishDay))];
    }
  }
  for (const year of data.national) {
    if (year.pc_plans_issued_within_20_weeks !== undefined) yield [`ehcp.england.${year.time_period}.percent`, formatPercent(year.pc_plans_issued_within_20_weeks)];
  }
  const england = [...data.national].reverse().find((n) => n.pc_plans_issued_within_20_weeks !== undefined);
  if (england) {
    yield ['ehcp.england.latest.year', String(england.time_period)];
    yield ['ehcp.england.latest.percent', formatPercent(england.pc_plans_issued_within_20_weeks!)];
  }
}

/** The headline and the newest months, as the EHCP page would show them. */
function monthsPreview(data: EhcpData, threshold: number): Preview {
  // The same view model as the EHCP page; the day only sets "next update due", which the preview does not show.
  const view = ehcpView(data, { threshold, publishDay: 1 });
  const count = (d: Disclosed) => countText(d, threshold, formatNumber);
  return {
    title: view.title,
    sentences: [view.summary],
    table: {
      caption: 'The newest months, as the EHCP page would show them',
      columns: ['Month', 'Plans issued', 'Within 20 weeks', 'Per cent within 20 weeks'],
      rows: [...view.stats].reverse().slice(0, 3).map((s) => [formatMonth(s.month), count(s.issued), count(s.within), s.percent.shown ? formatPercent1(s.percent.value) : 'not shown']),
    },
  };
}

function nationalPreview(data: EhcpData): Preview {
  const years = data.national.map((n) => n.time_period);
  return { title: `England figures for ${formatCount(years.length, 'year', 'years')}`, sentences: years.length ? [`From ${years[0]} to ${years.at(-1)}.`] : [] };
}

export const ehcpDataset = defineDataset({
  id: 'ehcp',
  title: 'EHCP figures',
  files: [
    TIMELINESS_FILE,
    // Written by npm run import:dfe from DfE's release, but it can be checked by hand too.
    { path: EHCP_FILES.national, label: 'England EHCP figures', columns: EHCP_NATIONAL_COLUMNS, newArea: 'keep' },
  ],
  read: (folder, { today }) => readEhcpData(folder, today),
  history: [
    csvDataset({
      id: 'ehcp-timeliness',
      title: 'New EHC plans issued within 20 weeks',
      page: EHCP_PAGE,
      file: TIMELINESS_FILE,
      noun: { one: 'month', many: 'months' },
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
    }),
  ],
  facts: (data, { site }) => ehcpFacts(data, site),
  preview: (data, { file, threshold }) => (file.endsWith(EHCP_FILES.national) ? nationalPreview(data) : monthsPreview(data, threshold)),
  pages: [EHCP_PAGE],
});
