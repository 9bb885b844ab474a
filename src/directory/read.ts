/**
 * Reading the directory from a data folder (on disk, or in memory on the
 * check page): taxonomy.csv, services.csv checked against it, the postcode
 * districts, and the feed importer's own files. Each file's reader is beside
 * it (taxonomy.ts, services.ts, geo-districts.ts).
 */
import type { DataFolder } from '../core/data-folder';
import type { Checked, DataProblem } from '../core/problems';
import type { District } from './geo';
import { DIRECTORY_FILES } from './files';
import { readPostcodeDistricts } from './geo-districts';
import { readServices, type Service } from './services';
import { readTaxonomy, type Taxonomy } from './taxonomy';
import { feedFileProblems } from './feeds/check';

export interface DirectoryData {
  services: Service[];
  taxonomy: Taxonomy;
  districts: District[];
  /** Paths of the files the directory came from. */
  files: { services: string; taxonomy: string; districts: string };
}

/** Reads the directory from a data folder: taxonomy.csv first, since services.csv is checked against it. */
export function readDirectoryData(folder: DataFolder, today: Date): Checked<DirectoryData> {
  const taxonomyFile = folder.read(DIRECTORY_FILES.taxonomy);
  const servicesFile = folder.read(DIRECTORY_FILES.services);
  const districtsFile = folder.read(DIRECTORY_FILES.districts);
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
