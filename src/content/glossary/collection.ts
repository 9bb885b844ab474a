/** The jargon buster as the build holds it: every term, A to Z. */
import { getDataset } from '../../core/held-datasets';
import type { GlossaryData } from './glossary';

/** The id the build holds the glossary under. */
export const GLOSSARY_DATASET = 'glossary';

export const getGlossary = () => getDataset<GlossaryData>(GLOSSARY_DATASET);
