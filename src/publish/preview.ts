/**
 * What a file that passes would publish, in a few lines: for EHCP figures the
 * headline and the newest months; for a review the count of actions by status.
 */
import type { DataFolder } from '../core/data-folder';
import { formatMonth, formatNumber, formatPercent1 } from '../core/format';
import { countText } from '../core/suppression';
import { directoryFrom } from '../directory/load';
import { ehcpFrom } from '../ehcp/load';
import { improvementPlanFrom } from '../plan/load';
import { changesFrom } from '../history/load';
import { indicatorsFrom } from '../indicators/load';
import { ehcpView } from '../ehcp/view';
import { ACTION_STATUSES } from '../plan/schema';
import { countStatuses } from '../plan/stats';
import type { FileKindId } from './kinds';

export interface PreviewTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface Preview {
  /** The main message, e.g. the EHCP headline. */
  title: string;
  sentences: string[];
  table?: PreviewTable | undefined;
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

function ehcpPreview(folder: DataFolder, today: Date, threshold: number): Preview {
  // The same view model as the EHCP page; the day only sets "next update due", which the preview does not show.
  const view = ehcpView(ehcpFrom(folder, today).value, { threshold, publishDay: 1 });
  const count = (d: Parameters<typeof countText>[0]) => countText(d, threshold, formatNumber);
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

function reviewPreview(folder: DataFolder, file: string, today: Date): Preview | undefined {
  const review = improvementPlanFrom(folder, today).value.reviews.find((r) => r.file === file);
  if (!review) return undefined;
  const counts = countStatuses(review.actions);
  return {
    title: `${plural(counts.total, 'action', 'actions')} in this review`,
    sentences: [],
    table: {
      caption: 'Actions by status in this review',
      columns: ['Status', 'Actions'],
      rows: ACTION_STATUSES.map((s) => [s[0]!.toUpperCase() + s.slice(1), formatNumber(counts.count[s])]),
    },
  };
}

export function previewOf(kind: FileKindId, folder: DataFolder, file: string, today: Date, threshold: number): Preview | undefined {
  switch (kind) {
    case 'ehcp-timeliness':
      return ehcpPreview(folder, today, threshold);
    case 'review':
      return reviewPreview(folder, file, today);
    case 'areas': {
      const { areas } = improvementPlanFrom(folder, today).value;
      return { title: `${plural(areas.length, 'area', 'areas')} of the improvement plan`, sentences: [areas.map((a) => `${a.area_id}: ${a.title}`).join('; ')] };
    }
    case 'services':
    case 'taxonomy':
    case 'postcode-districts': {
      const { services, taxonomy, districts } = directoryFrom(folder, today).value;
      return {
        title: `The directory would list ${plural(services.length, 'service', 'services')}`,
        sentences: [`${plural(taxonomy.categories.length, 'category', 'categories')}, ${plural(taxonomy.needs.length, 'need', 'needs')} and ${plural(districts.length, 'postcode district', 'postcode districts')}.`],
      };
    }
    case 'indicators':
    case 'indicator-values': {
      const { indicators, values } = indicatorsFrom(folder, today).value;
      return { title: `${plural(indicators.length, 'measure', 'measures')} with ${plural(values.length, 'figure', 'figures')}`, sentences: [] };
    }
    case 'changes':
      return { title: `The change log would have ${plural(changesFrom(folder, today).value.changes.length, 'line', 'lines')}`, sentences: [] };
    case 'ehcp-national': {
      const { national } = ehcpFrom(folder, today).value;
      const years = national.map((n) => n.time_period);
      return { title: `England figures for ${plural(years.length, 'year', 'years')}`, sentences: years.length ? [`From ${years[0]} to ${years.at(-1)}.`] : [] };
    }
  }
}
