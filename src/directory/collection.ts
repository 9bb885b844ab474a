/** The directory as an Astro collection: services, taxonomy and postcode districts together (services are checked against the taxonomy). */
import { datasetsForBuild } from '../check-data/for-build.node.ts';
import { datasetCollection, getDataset } from '../core/dataset-collection';
import type { DirectoryData } from './directory';

export const directory = datasetCollection('directory', async () => (await datasetsForBuild()).directory);

export const getDirectory = () => getDataset<DirectoryData>('directory');
