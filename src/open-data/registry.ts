/**
 * Every open data download, described once: the endpoints under /open-data/,
 * the /open-data/ page and the download links on figure pages all read this
 * list, so titles and addresses cannot drift apart.
 */
import { site } from '../config/site.node.ts';
import { symbolMeanings } from '../core/symbols';
import type { OpenDataTable } from '../core/open-data';
import { getEhcpView } from '../ehcp/collection';
import { EHCP_OPEN_DATA_COLUMNS, ehcpOpenData } from '../ehcp/open-data';
import { getImprovementPlan } from '../plan/collection';
import { PLAN_DOWNLOADS } from '../plan/downloads';
import { getDirectory } from '../directory/collection';
import { OPEN_DATA_COLUMNS, toServiceCsvRow } from '../directory/open-referral';
import { serviceListPage } from '../directory/hsds-export';
import { siteHsdsTables } from '../directory/hsds-open-data';
import { byName } from '../directory/pages';
import { getRevisions } from '../history/collection';
import { REVISIONS_OPEN_DATA_COLUMNS, revisionsOpenData } from '../history/log';
import { getIndicatorViews } from '../indicators/collection';
import { indicatorOpenDataTable, indicatorSymbols } from '../indicators/open-data';
import { getCompareData, getCompareOpenData } from '../compare/collection';
import { COMPARE_OPEN_DATA_COLUMNS } from '../compare/open-data';
import { tableJson } from '../core/open-data';

export type DownloadFormat = 'csv' | 'json';

export interface Download {
  /** The file name without its extension: `/open-data/<id>.csv` and `.json`. */
  id: string;
  title: string;
  /** The title inside the JSON file, where it needs more than the list's title (the area, for example). */
  fileTitle?: string;
  /** The page that shows these figures. */
  page: string;
  /** What the symbols in the file mean, if it uses any. */
  symbols?: Record<string, string>;
  table: () => Promise<OpenDataTable>;
  /** A JSON shape other than the table's, e.g. a standard's. */
  json?: () => Promise<unknown>;
}

const threshold = site.smallNumberThreshold;
const compareTitle = `How ${site.areaName} compares with England, its region and its statistical neighbours`;
const compareSymbols = { x: symbolMeanings(threshold).x, z: symbolMeanings(threshold).z };

export const DOWNLOADS: readonly Download[] = [
  {
    id: 'ehcp-timeliness',
    title: 'New EHC plans issued within 20 weeks, by month',
    fileTitle: `New EHC plans issued within 20 weeks, ${site.areaName}, by month`,
    page: '/data/ehcp-timeliness/',
    symbols: { ...symbolMeanings(threshold), z: 'Not applicable: there are fewer than 12 months of figures.' },
    table: async () => ({ columns: EHCP_OPEN_DATA_COLUMNS, rows: ehcpOpenData((await getEhcpView()).stats, site.areaName) }),
  },
  {
    id: 'indicators',
    title: 'SEND figures and improvement plan measures: one row per measure per period',
    fileTitle: `SEND figures and improvement plan measures, ${site.areaName}, one row per measure per period`,
    page: '/data/',
    symbols: indicatorSymbols(threshold),
    table: async () => indicatorOpenDataTable(await getIndicatorViews(), site.areaName),
  },
  ...(['current', 'history', 'counts'] as const).map((name) => ({
    id: `improvement-plan-${name}`,
    title: PLAN_DOWNLOADS[name].title,
    page: name === 'counts' ? '/progress/#plan-progress' : '/progress/',
    table: async () => ({ columns: PLAN_DOWNLOADS[name].columns, rows: PLAN_DOWNLOADS[name].rows(await getImprovementPlan()) }),
  })),
  {
    id: 'compare',
    title: 'How we compare: our EHC plan figures beside England, the region and our statistical neighbours (DfE)',
    fileTitle: compareTitle,
    page: '/data/compare/',
    symbols: compareSymbols,
    table: async () => ({ columns: COMPARE_OPEN_DATA_COLUMNS, rows: await getCompareOpenData() }),
    // The table, plus which release files (and checksums) the figures came from.
    json: async () => {
      const { release } = await getCompareData();
      const table = tableJson({ title: compareTitle, publisher: site.council, symbols: compareSymbols }, { columns: COMPARE_OPEN_DATA_COLUMNS, rows: await getCompareOpenData() });
      return { ...table, sources: release.map((r) => ({ release: r.release, file: r.source_file, sha256: r.sha256 })) };
    },
  },
  {
    id: 'services',
    title: 'Directory of services (CSV with the columns of services.csv; JSON in the Open Referral UK 3.0 standard, HSDS 3.0)',
    page: '/services/',
    table: async () => ({ columns: OPEN_DATA_COLUMNS, rows: byName((await getDirectory()).services).map(toServiceCsvRow) }),
    // The standard's own shape: an HSDS 3.0 list page of services (see docs/directory-feeds.md).
    json: async () => {
      const { services, taxonomy } = await getDirectory();
      return serviceListPage(siteHsdsTables(services, taxonomy));
    },
  },
  {
    id: 'revisions',
    title: 'Revisions log: every published figure that has since changed',
    fileTitle: `Revisions log: every published figure that has since changed, ${site.areaName}`,
    page: '/data/#revisions',
    symbols: { c: symbolMeanings(threshold).c, z: 'Not applicable: the figure was taken out.' },
    table: async () => ({ columns: REVISIONS_OPEN_DATA_COLUMNS, rows: revisionsOpenData(await getRevisions(), threshold) }),
  },
];

export function downloadHref(id: string, format: DownloadFormat): string {
  return `/open-data/${id}.${format}`;
}

export function findDownload(id: string): Download {
  const found = DOWNLOADS.find((d) => d.id === id);
  if (!found) throw new UnknownDownloadError(id);
  return found;
}

export class UnknownDownloadError extends Error {
  constructor(id: string) {
    super(`There is no open data download called "${id}" in src/open-data/registry.ts.`);
    this.name = 'UnknownDownloadError';
  }
}
