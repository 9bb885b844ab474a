/**
 * What the build holds for the pages once the data is read and checked: the
 * site configuration, each dataset the area publishes, the glossary, the
 * revisions log, every dataset's history description and the facts. Pure,
 * so a test can hold a fixture's data the way a build does.
 */
import { heldDatasets } from '../core/held-datasets';
import { SITE_DATASET } from '../config/get';
import { FACTS_DATASET } from '../content/facts/collection';
import { GLOSSARY_DATASET } from '../content/glossary/collection';
import { HISTORY_DESCRIPTIONS as HISTORY_ID, REVISIONS_DATASET } from '../history/collection';
import { factsFrom } from './data';
import type { DataAndGlossary } from './load.node.ts';
import { DATASETS, HISTORY_DESCRIPTIONS } from './registry';

/** The ids of the datasets held, in registry order: the area's own. */
export function holdForPages(data: DataAndGlossary, today: Date): string[] {
  heldDatasets.clear();
  const site = data.site.value!;
  heldDatasets.set(SITE_DATASET, site);
  const present = DATASETS.filter((d) => data.datasets[d.id] !== undefined).map((d) => d.id);
  for (const id of present) heldDatasets.set(id, data.datasets[id]!.value);
  heldDatasets.set(GLOSSARY_DATASET, data.glossary.value);
  heldDatasets.set(REVISIONS_DATASET, data.revisions.value);
  heldDatasets.set(HISTORY_ID, HISTORY_DESCRIPTIONS);
  heldDatasets.set(FACTS_DATASET, factsFrom(site, data.datasets, today));
  return present;
}
