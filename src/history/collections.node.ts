/**
 * Content collections for the revisions log (worked out from git when the
 * site builds) and the change log (data/changes.csv). Each is one entry
 * holding the whole list, since both are often empty.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { dataLoader } from '../core/data-loader.node.ts';
import { loadChanges } from '../check-data/sources.node.ts';
import type { Change } from './changes';
import { readRevisionLog } from './history.node.ts';
import type { Revision } from './revisions';

export const revisionsCollection = defineCollection({
  loader: dataLoader('revisions', (dir, today) => {
    const { value, problems } = readRevisionLog(dir, today);
    return { value: [{ id: 'log', revisions: value }], problems };
  }, (r) => r.id),
  schema: z.custom<{ id: string; revisions: Revision[] }>(),
});

export const changesCollection = defineCollection({
  loader: dataLoader('changes', (dir, today) => {
    const { value, problems } = loadChanges(dir, today);
    return { value: [{ id: 'log', changes: value }], problems };
  }, (c) => c.id),
  schema: z.custom<{ id: string; changes: Change[] }>(),
});
