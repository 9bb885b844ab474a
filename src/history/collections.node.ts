/**
 * Content collections for the revisions log (worked out from git when the
 * site builds) and the change log (data/changes.csv).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { dataLoader } from '../core/data-loader.node.ts';
import { loadChanges } from '../check-data/sources.node.ts';
import type { Change } from './changes';
import { readRevisionLog } from './history.node.ts';
import type { Revision } from './revisions';

// One entry per revision, numbered: the same figure can be revised twice on one day.
export const revisionsCollection = defineCollection({
  loader: dataLoader('revisions', (dir, today) => {
    const { value, problems } = readRevisionLog(dir, today);
    return { value: value.map((r, i) => ({ ...r, id: String(i + 1).padStart(5, '0') })), problems };
  }, (r) => r.id),
  schema: z.custom<Revision & { id: string }>(),
});

export const changesCollection = defineCollection({
  loader: dataLoader('changes', (dir, today) => {
    const { value, problems } = loadChanges(dir, today);
    return { value: value.map((c, i) => ({ ...c, id: String(i + 1).padStart(5, '0') })), problems };
  }, (c) => c.id),
  schema: z.custom<Change & { id: string }>(),
});
