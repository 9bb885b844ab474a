import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { EhcpMonth, EhcpNationalYear } from './data/ehcp';
import { loadEhcp } from './data/sources';
import { dataLoader } from './loaders/data-loader';

// Records are validated by src/data before they reach the store, so the
// schemas here only carry the types inferred there.
const ehcpTimeliness = defineCollection({
  loader: dataLoader('ehcp-timeliness', (dir, today) => {
    const { value, problems } = loadEhcp(dir, today);
    return { value: value.months, problems };
  }, (m) => m.month),
  schema: z.custom<EhcpMonth>(),
});

const ehcpNational = defineCollection({
  loader: dataLoader('ehcp-national', (dir, today) => {
    const { value, problems } = loadEhcp(dir, today);
    return { value: value.national, problems };
  }, (n) => String(n.time_period)),
  schema: z.custom<EhcpNationalYear>(),
});

export const collections = { ehcpTimeliness, ehcpNational };
