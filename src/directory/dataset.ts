/**
 * The directory of services, described once: services, the categories and
 * needs they are filed under, postcode districts for "near me", and the feed
 * importer's own files; what a service is to the history guard, the facts
 * guides may state, its pages and its downloads (CSV and Open Referral UK).
 */
import { csvDataset } from '../core/history/csv-dataset';
import { defineDataset } from '../config/dataset';
import { DIRECTORY_FILES, SERVICES_PAGE } from './files';
import { POSTCODE_DISTRICTS_COLUMNS } from './geo-districts';
import { SERVICES_COLUMNS, type Service } from './services';
import { TAXONOMY_COLUMNS } from './taxonomy';
import { ID_MAP_COLUMNS } from './feeds/ids';
import { MAPPING_COLUMNS } from './feeds/mapping';
import { readDirectoryData } from './read';
import { formatCount } from '../core/format';
import type { DataFileSpec } from '../core/dataset';

/** `service.<id>.phone` and the like, so a guide gives a service's details as the directory does. */
function* serviceFacts(services: readonly Service[]): Iterable<readonly [string, string]> {
  for (const service of services) {
    const details: [string, string | undefined][] = [
      ['name', service.name], ['phone', service.phone], ['email', service.email], ['website', service.website], ['opening-times', service.opening_times],
    ];
    for (const [name, value] of details) if (value) yield [`service.${service.id}.${name}`, value];
  }
}

const SERVICES_FILE: DataFileSpec = { path: DIRECTORY_FILES.services, label: 'The directory of services', columns: SERVICES_COLUMNS, newArea: 'empty' };

export const directoryDataset = defineDataset({
  id: 'directory',
  title: 'Directory of services',
  files: [
    SERVICES_FILE,
    // The categories and needs are the same everywhere; the areas of the area are the sample's own.
    { path: DIRECTORY_FILES.taxonomy, label: 'Categories and needs', columns: TAXONOMY_COLUMNS, newArea: (row) => row['type'] !== 'area' },
    { path: DIRECTORY_FILES.districts, label: 'Postcode districts', columns: POSTCODE_DISTRICTS_COLUMNS, newArea: 'empty' },
    { path: DIRECTORY_FILES.mapping, label: 'How a directory feed’s terms map to ours', columns: MAPPING_COLUMNS, newArea: 'keep' },
    { path: DIRECTORY_FILES.ids, label: 'Service ids given to a feed’s records', columns: ID_MAP_COLUMNS, newArea: 'remove', madeBy: 'npm run import:directory' },
  ],
  presentWhen: DIRECTORY_FILES.services,
  read: (folder, { today }) => readDirectoryData(folder, today),
  history: [
    csvDataset({
      id: 'services',
      title: 'Directory of services',
      page: SERVICES_PAGE,
      file: SERVICES_FILE,
      noun: { one: 'service', many: 'services' },
      keyColumn: 'id',
      label: (key, cells) => (cells['name'] ? `the service "${cells['name']}" (id ${key})` : `the service with id ${key}`),
      shrinkLimit: 0.1,
    }),
  ],
  facts: (data) => serviceFacts(data.services),
  preview: ({ services, taxonomy, districts }) => {
    return {
      title: `The directory would list ${formatCount(services.length, 'service', 'services')}`,
      sentences: [`${formatCount(taxonomy.categories.length, 'category', 'categories')}, ${formatCount(taxonomy.needs.length, 'need', 'needs')} and ${formatCount(districts.length, 'postcode district', 'postcode districts')}.`],
    };
  },
  pages: [SERVICES_PAGE],
});
