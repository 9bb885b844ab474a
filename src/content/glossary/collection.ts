/** The jargon buster as an Astro collection: one entry with every term, A to Z. */
import { defineCollection, getEntry } from 'astro:content';
import { z } from 'astro/zod';
import { datasetsForBuild } from '../../check-data/datasets.node.ts';
import { DATASET_ENTRY, datasetLoader } from '../../core/data-loader.node.ts';
import { MissingDatasetError } from '../../core/problems';
import type { GlossaryData } from './glossary';

export const glossary = defineCollection({
  loader: datasetLoader('glossary', () => datasetsForBuild().glossary),
  schema: z.custom<GlossaryData>(),
});

export async function getGlossary(): Promise<GlossaryData> {
  const entry = await getEntry('glossary', DATASET_ENTRY);
  if (!entry) throw new MissingDatasetError('glossary');
  return entry.data;
}
