/**
 * The comparison as an Astro collection (one entry), its view model for the
 * page and its open data, and the comparators for one measure for other
 * features (the indicator pages):
 *   const c = await getComparators('requests_6_weeks');   // England, region, neighbours' average, rank
 */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import { site } from '../config/site.node.ts';
import { getEhcp } from '../ehcp/collection';
import type { LoadedCompare } from './load.node.ts';
import { comparatorsFor, periodsFor, type CompareArea, type Comparators, type OwnFigures } from './comparators';
import { localFigures } from './own';
import { compareView, type CompareView } from './view';
import { compareOpenData, type CompareOpenDataRow } from './open-data';
import type { MeasureKey } from './measures';

export const compare = datasetCollection('compare', async () => (await datasetsForBuild()).compare);

export const getCompareData = () => getDataset<LoadedCompare>('compare');

/** This site's area, from the site configuration. */
export function compareArea(): CompareArea {
  return { name: site.areaName, laCode: site.compare.laCode, region: site.compare.region };
}

/** A sample area's own yearly figures from its monthly EHCP file; a real council uses its DfE row instead. */
async function ownFigures(data: LoadedCompare): Promise<{ own: OwnFigures; file: string }> {
  const ehcp = await getEhcp();
  if (site.compare.laCode !== null) return { own: {}, file: ehcp.files.timeliness };
  return { own: localFigures(ehcp.months, periodsFor('plans_20_weeks', data.values), site.smallNumberThreshold), file: ehcp.files.timeliness };
}

export async function getCompareView(): Promise<CompareView> {
  const data = await getCompareData();
  const { own, file } = await ownFigures(data);
  return compareView(data, compareArea(), own, file);
}

/** The comparison as open data rows (for /open-data/compare.csv and .json). */
export async function getCompareOpenData(): Promise<CompareOpenDataRow[]> {
  const data = await getCompareData();
  const { own, file } = await ownFigures(data);
  return compareOpenData(data, compareArea(), own, { release: `${site.council} monthly figures`, file });
}

/**
 * England, the region, the neighbours (each and their average) and our rank
 * for one DfE measure, in its latest year or the one given. `own` is our figure
 * for that year when the page has its own (a sample area); a real council's
 * comes from DfE. Undefined when the release has no such figures.
 */
export async function getComparators(key: MeasureKey, options: { period?: string; own?: OwnFigures } = {}): Promise<Comparators | undefined> {
  const data = await getCompareData();
  const own = options.own ?? (await ownFigures(data)).own;
  return comparatorsFor(key, data, compareArea(), own, options.period);
}
