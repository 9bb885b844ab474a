/** The facts for pages, from the same datasets the figures pages read. */
import { buildDate } from '../../core/build-date';
import { getDirectory } from '../../directory/collection';
import { getEhcp } from '../../ehcp/collection';
import { getImprovementPlan } from '../../plan/collection';
import type { Facts } from './facts';
import { factsFromData } from './from-data';
import { site } from '../../config/site.node.ts';

let facts: Promise<Facts> | undefined;

export function getFacts(): Promise<Facts> {
  facts ??= (async () => factsFromData({ site, ehcp: await getEhcp(), plan: await getImprovementPlan(), directory: await getDirectory() }, buildDate()))();
  return facts;
}
