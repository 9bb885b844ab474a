/** The facts for pages, worked out by the build from the configuration and every dataset (src/build/data.ts). */
import { getDataset } from '../../core/held-datasets';
import type { Facts } from './facts';

/** The id the build holds the facts under. */
export const FACTS_DATASET = 'facts';

export const getFacts = () => getDataset<Facts>(FACTS_DATASET);
