/** Reads the services directory from a data folder (on disk or in memory): taxonomy.csv first, since services.csv is checked against it. */
import type { DataFolder } from '../core/data-folder';
import type { Checked, DataProblem } from '../core/problems';
import type { DirectoryData } from './directory';
import { readPostcodeDistricts } from './geo-districts';
import { readServices } from './services';
import { readTaxonomy } from './taxonomy';
import { feedFileProblems } from './feeds/check';

export function directoryFrom(folder: DataFolder, today: Date): Checked<DirectoryData> {
  const taxonomyFile = folder.read('taxonomy.csv');
  const servicesFile = folder.read('services.csv');
  const districtsFile = folder.read('postcode-districts.csv');
  const problems: DataProblem[] = [...taxonomyFile.problems, ...servicesFile.problems, ...districtsFile.problems];
  const taxonomy = taxonomyFile.file ? readTaxonomy(taxonomyFile.file.bytes, taxonomyFile.file.path) : { value: { categories: [], needs: [], areas: [] }, problems: [] };
  const services = servicesFile.file ? readServices(servicesFile.file.bytes, servicesFile.file.path, taxonomy.value, today) : { value: [], problems: [] };
  const districts = districtsFile.file ? readPostcodeDistricts(districtsFile.file.bytes, districtsFile.file.path) : { value: [], problems: [] };
  problems.push(...taxonomy.problems, ...services.problems, ...districts.problems, ...feedFileProblems(folder, taxonomy));
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
