/** The directory as the build holds it: services, taxonomy and postcode districts together. */
import { getDataset } from '../core/held-datasets';
import type { DirectoryData } from './read';

export const getDirectory = () => getDataset<DirectoryData>('directory');
