/** The directory as the build holds it: services, taxonomy and postcode districts together. */
import { getDataset } from '../core/held-datasets';
import type { DirectoryData } from './directory';

export const getDirectory = () => getDataset<DirectoryData>('directory');
