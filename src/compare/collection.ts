/**
 * Typed access to the comparison for pages, and the comparators for one
 * measure for other features (the indicator pages):
 *   const c = await getComparators('requests_6_weeks');   // England, region, neighbours' average, rank
 */
import { getCollection, getEntry } from 'astro:content';
import { DataError, problem } from '../core/problems';
import { site } from '../config/site';
import type { LoadedCompare } from './load.node.ts';
import { comparatorsFor, periodsFor, type CompareArea, type Comparators, type OwnFigures } from './comparators';
import { localFigures } from './own';
import { compareView, type CompareView } from './view';
import { compareOpenData, type CompareOpenDataRow } from './open-data';
import type { MeasureKey } from './measures';

export async function getCompareData(): Promise<LoadedCompare> {
  const entry = await getEntry('compare', 'compare');
  if (!entry) throw new DataError([problem({ file: 'data/compare/', expected: 'the comparison files', fix: 'Make them with npm run import:dfe (see docs/publishing.md).' })]);
  const { values, neighbours, release, files } = entry.data;
  return { values, neighbours, release, files };
}

/** This site's area, from the site configuration. */
export function compareArea(): CompareArea {
  return { name: site.areaName, laCode: site.compare.laCode, region: site.compare.region };
}

/** A sample area's own yearly figures from its monthly EHCP file; a real council uses its DfE row instead. */
async function ownFigures(data: LoadedCompare): Promise<OwnFigures> {
  if (site.compare.laCode !== null) return {};
  const months = (await getCollection('ehcpTimeliness')).map((e) => e.data);
  return localFigures(months, periodsFor('plans_20_weeks', data.values), site.smallNumberThreshold);
}

export async function getCompareView(): Promise<CompareView> {
  const data = await getCompareData();
  return compareView(data, compareArea(), await ownFigures(data));
}

/** The comparison as open data rows (for /open-data/compare.csv and .json). */
export async function getCompareOpenData(): Promise<CompareOpenDataRow[]> {
  const data = await getCompareData();
  return compareOpenData(data, compareArea(), await ownFigures(data), { release: `${site.council} monthly figures`, file: 'data/ehcp-timeliness.csv' });
}

/**
 * England, the region, the neighbours (each and their average) and our rank
 * for one DfE measure, in its latest year or the one given. `own` is our figure
 * for that year when the page has its own (a sample area); a real council's
 * comes from DfE. Undefined when the release has no such figures.
 */
export async function getComparators(key: MeasureKey, options: { period?: string; own?: OwnFigures } = {}): Promise<Comparators | undefined> {
  const data = await getCompareData();
  const own = options.own ?? (await ownFigures(data));
  return comparatorsFor(key, data, compareArea(), own, options.period);
}
