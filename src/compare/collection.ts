/**
 * The comparison as the build holds it, its view model for the page and its
 * open data, and the comparators for one measure for other features (the
 * indicator pages):
 *   const c = await getComparators('requests_6_weeks');   // England, region, neighbours' average, rank
 */
import { getDataset, heldDatasets } from '../core/held-datasets';
import { getSite } from '../config/get';
import type { CompareConfig } from '../config/site-schema';
import { getEhcp } from '../ehcp/collection';
import type { LoadedCompare } from './read';
import { comparatorsFor, periodsFor, type CompareArea, type Comparators, type OwnFigures } from './comparators';
import { localFigures } from './own';
import { comparePage, compareView, type ComparePage, type CompareView } from './view';
import { compareOpenData, type CompareOpenDataRow } from './open-data';
import type { MeasureKey } from './measures';

export const getCompareData = () => getDataset<LoadedCompare>('compare');

/** Does this area publish a comparison (has it imported DfE's figures)? */
export const hasCompare = () => heldDatasets.has('compare');

/** The site's compare setting; the build stops before a page asks if the comparison is there without it. */
async function compareConfig(): Promise<{ areaName: string; council: string; threshold: number; compare: CompareConfig }> {
  const site = await getSite();
  return { areaName: site.areaName, council: site.council, threshold: site.smallNumberThreshold, compare: site.compare! };
}

/** This site's area, from the site configuration. */
async function compareArea(): Promise<CompareArea> {
  const { areaName, compare } = await compareConfig();
  return { name: areaName, laCode: compare.laCode, region: compare.region };
}

/** A sample area's own yearly figures from its monthly EHCP file; a real council uses its DfE row instead. */
async function ownFigures(data: LoadedCompare): Promise<{ own: OwnFigures; file: string }> {
  const ehcp = await getEhcp();
  const { compare, threshold } = await compareConfig();
  if (compare.laCode !== null) return { own: {}, file: ehcp.files.timeliness };
  return { own: localFigures(ehcp.months, periodsFor('plans_20_weeks', data.values), threshold), file: ehcp.files.timeliness };
}

export async function getCompareView(): Promise<CompareView> {
  const data = await getCompareData();
  const { own, file } = await ownFigures(data);
  return compareView(data, await compareArea(), own, file);
}

/** The comparison page's view model: the view, its dates and its source. */
export async function getComparePage(): Promise<ComparePage> {
  const { lastChanged } = await import('../core/git-dates.node.ts');
  const data = await getCompareData();
  const { own, file } = await ownFigures(data);
  const { council } = await compareConfig();
  return comparePage(compareView(data, await compareArea(), own, file), { updated: lastChanged(data.files.values), council, ownFile: file });
}

/** The comparison as open data rows (for /open-data/compare.csv and .json). */
export async function getCompareOpenData(): Promise<CompareOpenDataRow[]> {
  const data = await getCompareData();
  const { own, file } = await ownFigures(data);
  return compareOpenData(data, await compareArea(), own, { release: `${(await compareConfig()).council} monthly figures`, file });
}

/**
 * England, the region, the neighbours (each and their average) and our rank
 * for one DfE measure, in its latest year or the one given. `own` is our figure
 * for that year when the page has its own (a sample area); a real council's
 * comes from DfE. Undefined when the release has no such figures, or the area
 * has imported none.
 */
export async function getComparators(key: MeasureKey, options: { period?: string; own?: OwnFigures } = {}): Promise<Comparators | undefined> {
  if (!hasCompare()) return undefined;
  const data = await getCompareData();
  const own = options.own ?? (await ownFigures(data)).own;
  return comparatorsFor(key, data, await compareArea(), own, options.period);
}
