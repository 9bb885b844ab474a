/** Reads the services directory from the data folder: taxonomy.csv first, since services.csv is checked against it. */
import { readSource } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import type { DirectoryData } from './directory';
import { readPostcodeDistricts } from './geo-districts';
import { readServices } from './services';
import { readTaxonomy } from './taxonomy';
import { checkFeedFiles } from './feeds/check.node.ts';

export function loadDirectory(dir: string, today: Date): Checked<DirectoryData> {
  const taxonomyFile = readSource(dir, 'taxonomy.csv');
  const servicesFile = readSource(dir, 'services.csv');
  const districtsFile = readSource(dir, 'postcode-districts.csv');
  const problems: DataProblem[] = [...taxonomyFile.problems, ...servicesFile.problems, ...districtsFile.problems];
  const taxonomy = taxonomyFile.file ? readTaxonomy(taxonomyFile.file.bytes, taxonomyFile.file.path) : { value: { categories: [], needs: [], areas: [] }, problems: [] };
  const services = servicesFile.file ? readServices(servicesFile.file.bytes, servicesFile.file.path, taxonomy.value, today) : { value: [], problems: [] };
  const districts = districtsFile.file ? readPostcodeDistricts(districtsFile.file.bytes, districtsFile.file.path) : { value: [], problems: [] };
  problems.push(...taxonomy.problems, ...services.problems, ...districts.problems, ...checkFeedFiles(dir, taxonomy));
  return {
    value: {
      services: services.value,
      taxonomy: taxonomy.value,
      districts: districts.value,
      files: { services: servicesFile.path, taxonomy: taxonomyFile.path, districts: districtsFile.path },
    },
    problems,
  };
}
