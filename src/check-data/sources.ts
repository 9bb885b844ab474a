/**
 * Every data source read from a data folder, with the checks the build, the
 * `check-data` command, CI and the check page in the browser all use, so an
 * error reads the same everywhere. The folder is on disk (sources.node.ts) or
 * in memory (the check page). A new dataset adds a loader and a line in
 * checkDataFolder.
 */
import type { DataFolder } from '../core/data-folder';
import type { Checked, DataProblem } from '../core/problems';
import { readEhcpNational, readEhcpTimeliness, type EhcpMonth, type EhcpNationalYear } from '../ehcp/ehcp';
import type { District } from '../directory/geo';
import { readPostcodeDistricts } from '../directory/geo-districts';
import { readServices, type Service } from '../directory/services';
import { readTaxonomy, type Taxonomy } from '../directory/taxonomy';
import { readChanges, type Change } from '../history/changes';
import { readImprovementPlan, type ImprovementPlan } from '../plan/plan';

export interface EhcpData {
  months: EhcpMonth[];
  national: EhcpNationalYear[];
  /** Paths of the files the figures came from, for "Source:" lines. */
  files: { timeliness: string; national: string };
}

export function ehcpFrom(folder: DataFolder, today: Date): Checked<EhcpData> {
  const timeliness = folder.read('ehcp-timeliness.csv');
  const national = folder.read('ehcp-national.csv');
  const problems: DataProblem[] = [...timeliness.problems, ...national.problems];
  const months = timeliness.file ? readEhcpTimeliness(timeliness.file.bytes, timeliness.file.path, today) : { value: [], problems: [] };
  const england = national.file ? readEhcpNational(national.file.bytes, national.file.path) : { value: [], problems: [] };
  problems.push(...months.problems, ...england.problems);
  return {
    value: {
      months: months.value,
      national: england.value,
      files: { timeliness: timeliness.file?.path ?? 'data/ehcp-timeliness.csv', national: national.file?.path ?? 'data/ehcp-national.csv' },
    },
    problems,
  };
}

/** The improvement plan: areas.csv and every review snapshot in reviews/. */
export function improvementPlanFrom(folder: DataFolder, today: Date): Checked<ImprovementPlan> {
  const areas = folder.read('improvement-plan/areas.csv');
  if (!areas.file) return { value: { areas: [], reviews: [] }, problems: areas.problems };
  return readImprovementPlan(areas.file, folder.list('improvement-plan/reviews'), today);
}

export interface DirectoryData {
  services: Service[];
  taxonomy: Taxonomy;
  districts: District[];
}

/** The services directory: taxonomy.csv first, since services.csv is checked against it. */
export function directoryFrom(folder: DataFolder, today: Date): Checked<DirectoryData> {
  const taxonomyFile = folder.read('taxonomy.csv');
  const servicesFile = folder.read('services.csv');
  const districtsFile = folder.read('postcode-districts.csv');
  const problems: DataProblem[] = [...taxonomyFile.problems, ...servicesFile.problems, ...districtsFile.problems];
  const taxonomy = taxonomyFile.file ? readTaxonomy(taxonomyFile.file.bytes, taxonomyFile.file.path) : { value: { categories: [], needs: [], areas: [] }, problems: [] };
  const services = servicesFile.file ? readServices(servicesFile.file.bytes, servicesFile.file.path, taxonomy.value, today) : { value: [], problems: [] };
  const districts = districtsFile.file ? readPostcodeDistricts(districtsFile.file.bytes, districtsFile.file.path) : { value: [], problems: [] };
  problems.push(...taxonomy.problems, ...services.problems, ...districts.problems);
  return { value: { services: services.value, taxonomy: taxonomy.value, districts: districts.value }, problems };
}

/** The change log, changes.csv: optional, since nothing may have been taken out yet. */
export function changesFrom(folder: DataFolder, today: Date): Checked<Change[]> {
  if (!folder.has('changes.csv')) return { value: [], problems: [] };
  const { file, problems } = folder.read('changes.csv');
  return file ? readChanges(file.bytes, file.path, today) : { value: [], problems };
}

/** Every problem in every data file (not the written content), in one list. New sources add a line here. */
export function checkDataFolder(folder: DataFolder, today: Date): DataProblem[] {
  return [
    ...ehcpFrom(folder, today).problems,
    ...improvementPlanFrom(folder, today).problems,
    ...directoryFrom(folder, today).problems,
    ...changesFrom(folder, today).problems,
  ];
}
