/**
 * The words of the comparison: figures as text, "higher than", the active
 * title and the one-sentence summary, worked out once for each measure.
 */
import { formatNumber, ordinal } from '../core/format';
import type { AreaFigure, Comparators } from './comparators';
import type { Measure } from './measures';
import { rankText } from './rank';

/** A figure as the page shows it: 45.9% or 6,868. */
export function formatFigure(measure: Measure, value: number | undefined): string {
  if (value === undefined) return 'not available';
  return measure.unit === 'percent' ? `${value.toFixed(1)}%` : formatNumber(Math.round(value));
}

/** "363 of 865 plans issued" under a percentage; empty for a count. */
export function baseText(measure: Measure, f: Pick<AreaFigure, 'numerator' | 'denominator'>): string {
  if (measure.unit !== 'percent' || f.denominator === undefined) return '';
  return f.numerator === undefined ? `${formatNumber(f.denominator)} ${measure.base}` : `${formatNumber(f.numerator)} of ${formatNumber(f.denominator)} ${measure.base}`;
}

/** "the West Midlands", but "London" and "Yorkshire and The Humber". */
export function regionPhrase(name: string): string {
  return /^(north|south|east|west)\b/i.test(name) ? `the ${name}` : name;
}

/** Compared as published, to one decimal place. */
export function comparedWith(ours: number, theirs: number): 'higher than' | 'lower than' | 'the same as' {
  const a = Math.round(ours * 10);
  const b = Math.round(theirs * 10);
  return a > b ? 'higher than' : a < b ? 'lower than' : 'the same as';
}

function comparisons(c: Comparators, ours: number): string {
  const parts: { word: string; who: string }[] = [];
  if (c.england?.value !== undefined) parts.push({ word: comparedWith(ours, c.england.value), who: `England (${formatFigure(c.measure, c.england.value)})` });
  if (c.region?.value !== undefined) parts.push({ word: comparedWith(ours, c.region.value), who: `${regionPhrase(c.region.name)} (${formatFigure(c.measure, c.region.value)})` });
  if (parts.length === 2 && parts[0]!.word === parts[1]!.word) return `${parts[0]!.word} ${parts[0]!.who} and ${parts[1]!.who}`;
  return parts.map((p) => `${p.word} ${p.who}`).join(', ');
}

/** The chart's active title: the main message in words. */
export function titleFor(c: Comparators, areaName: string): string {
  const m = c.measure;
  const own = c.own.value;
  if (own !== undefined && m.unit === 'percent') {
    const vs = comparisons(c, own);
    return `In ${c.periodLabel}, ${formatFigure(m, own)} ${m.phrase} in ${areaName}${vs ? `: ${vs}` : ''}`;
  }
  if (own !== undefined) return `In ${c.periodLabel}, ${formatFigure(m, own)} ${m.phrase} in ${areaName}`;
  const region = c.region?.value !== undefined ? `, and ${formatFigure(m, c.region.value)} in ${regionPhrase(c.region.name)}` : '';
  return `In ${c.periodLabel}, ${formatFigure(m, c.england?.value)} ${m.phrase} in England${region}`;
}

/** What 1st means, for the measure: "1st has the highest percentage". */
function firstMeans(c: Comparators): string {
  if (c.measure.unit === 'count') return '1st has the most';
  return `1st has the ${c.rank?.first ?? 'highest'} percentage`;
}

/**
 * The one-sentence summary (two at most): where we rank, and our neighbours'
 * average. `neighboursOf` names whose neighbours they are when we borrow them.
 */
export function summaryFor(c: Comparators, areaName: string, isSample: boolean, neighboursOf: string): string {
  const m = c.measure;
  const whose = isSample ? `the 10 areas most like ${neighboursOf}` : `${areaName}'s 10 statistical neighbours`;
  const average = c.neighboursAverage
    ? `The average of ${whose} is ${formatFigure(m, c.neighboursAverage.value)}${c.neighboursAverage.count < 10 ? ` (${c.neighboursAverage.count} of them have a figure)` : ''}.`
    : `None of ${whose} has a figure.`;
  if (c.own.value === undefined) return `${c.own.reason ?? `There is no figure for ${areaName}.`} ${average}`;
  const rank = c.rank!;
  const position = isSample
    ? `If ${areaName} were in DfE's figures, it would be ${rank.joint ? 'joint ' : ''}${ordinal(rank.position)} of ${rank.of} local authorities`
    : `${areaName} is ${rankText(rank)} local authorities`;
  return `${position} (${firstMeans(c)}). ${average}`;
}

