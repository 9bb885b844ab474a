import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, readSource } from './core/files.node.ts';
import { readGlossary, type GlossaryEntry } from './content/glossary/glossary';
import { guideSchema, guideSlug } from './content/guides/guides';
import type { EhcpMonth, EhcpNationalYear } from './ehcp/ehcp';
import type { ImprovementPlan } from './plan/plan';
import { loadDirectory, loadEhcp, loadImprovementPlan, type DirectoryData } from './check-data/sources.node.ts';
import { dataLoader } from './core/data-loader.node.ts';
import { updateSchema } from './content/updates/updates';
import { translations } from './i18n/collection';

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

// The whole plan is one entry: pages need areas and every review together.
const improvementPlan = defineCollection({
  loader: dataLoader('improvement-plan', (dir, today) => {
    const { value, problems } = loadImprovementPlan(dir, today);
    return { value: [{ id: 'plan', ...value }], problems };
  }, (p) => p.id),
  schema: z.custom<ImprovementPlan & { id: string }>(),
});

// Services, taxonomy and postcode districts together: services are checked against the taxonomy.
const directory = defineCollection({
  loader: dataLoader('directory', (dir, today) => {
    const { value, problems } = loadDirectory(dir, today);
    return { value: [{ id: 'directory', ...value }], problems };
  }, (d) => d.id),
  schema: z.custom<DirectoryData & { id: string }>(),
});

// Guides: MDX files; the id is the slug, e.g. `young-people/what-is-an-ehc-plan`.
const guides = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: join(contentDir(), 'guides'), generateId: ({ entry }) => guideSlug(entry) }),
  schema: guideSchema,
});

// The jargon buster: one entry per term, id = the term's anchor on /glossary/.
const glossary = defineCollection({
  loader: dataLoader('glossary', () => {
    const { file, problems } = readSource(contentDir(), 'glossary.csv');
    if (!file) return { value: [], problems };
    const { value, problems: rowProblems } = readGlossary(file.bytes, file.path);
    return { value: value.map((e) => ({ ...e })), problems: rowProblems };
  }, (e) => e.slug),
  schema: z.custom<GlossaryEntry>(),
});

// News and "You said, we did": one Markdown file each, checked by src/data/updates.
const updates = defineCollection({
  loader: glob({ pattern: '*.md', base: join(contentDir(), 'updates') }),
  schema: updateSchema,
});

export const collections = { ehcpTimeliness, ehcpNational, improvementPlan, directory, guides, glossary, updates, translations };
