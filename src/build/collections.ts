/**
 * The data as one Astro collection: its loader reads and checks every dataset
 * once (./for-build.node.ts) and holds them in the build's memory for the
 * pages (./hold.ts), not in Astro's data store, which is written to disk and
 * bundled into the pages' code (at 5,000 services that was 5 MB to write,
 * bundle and read back, for a build that reads the data afresh anyway). If
 * there is any error the build stops with every problem listed, before a
 * page is written.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { buildDate } from '../core/build-date';
import { datasetsForBuild } from './for-build.node.ts';
import { holdForPages } from './hold';

export const data = defineCollection({
  loader: {
    name: 'open-local-offer:data',
    load: async ({ store }) => {
      const present = holdForPages(await datasetsForBuild(), buildDate());
      // The entry says what was loaded; the data itself is held in memory.
      store.clear();
      store.set({ id: 'datasets', data: { present } });
    },
  },
  schema: z.object({ present: z.array(z.string()) }),
});
