/** The jargon buster as an Astro collection: one entry with every term, A to Z. */
import { datasetsForBuild } from '../../check-data/for-build.node.ts';
import { datasetCollection, getDataset } from '../../core/dataset-collection';
import type { GlossaryData } from './glossary';

export const glossary = datasetCollection('glossary', async () => (await datasetsForBuild()).glossary);

export const getGlossary = () => getDataset<GlossaryData>('glossary');
