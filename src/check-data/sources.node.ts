/**
 * Loads every data source from the data folder with the same code the build,
 * the `check-data` command and CI use, so errors read the same everywhere.
 */
import { readEhcpNational, readEhcpTimeliness, type EhcpMonth, type EhcpNationalYear } from '../ehcp/ehcp';
import { join } from 'node:path';
import { contentDir, publicFiles, readCsvFolder, readSource, readTextTree } from '../core/files.node.ts';
import { checkContent } from '../content/content-check';
import type { District } from '../directory/geo';
import { readPostcodeDistricts } from '../directory/geo-districts';
import { readServices, type Service } from '../directory/services';
import { readTaxonomy, type Taxonomy } from '../directory/taxonomy';
import { readImprovementPlan, type ImprovementPlan } from '../plan/plan';
import type { Checked, DataProblem } from '../core/problems';
import { checkTranslations } from '../i18n/check.node.ts';

export interface EhcpData {
  months: EhcpMonth[];
  national: EhcpNationalYear[];
  /** Paths of the files the figures came from, for "Source:" lines. */
  files: { timeliness: string; national: string };
}

export function loadEhcp(dir: string, today: Date): Checked<EhcpData> {
  const timeliness = readSource(dir, 'ehcp-timeliness.csv');
  const national = readSource(dir, 'ehcp-national.csv');
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
export function loadImprovementPlan(dir: string, today: Date): Checked<ImprovementPlan> {
  const areas = readSource(join(dir, 'improvement-plan'), 'areas.csv');
  if (!areas.file) return { value: { areas: [], reviews: [] }, problems: areas.problems };
  return readImprovementPlan(areas.file, readCsvFolder(join(dir, 'improvement-plan', 'reviews')), today);
}

export interface DirectoryData {
  services: Service[];
  taxonomy: Taxonomy;
  districts: District[];
}

/** The services directory: taxonomy.csv first, since services.csv is checked against it. */
export function loadDirectory(dir: string, today: Date): Checked<DirectoryData> {
  const taxonomyFile = readSource(dir, 'taxonomy.csv');
  const servicesFile = readSource(dir, 'services.csv');
  const districtsFile = readSource(dir, 'postcode-districts.csv');
  const problems: DataProblem[] = [...taxonomyFile.problems, ...servicesFile.problems, ...districtsFile.problems];
  const taxonomy = taxonomyFile.file ? readTaxonomy(taxonomyFile.file.bytes, taxonomyFile.file.path) : { value: { categories: [], needs: [], areas: [] }, problems: [] };
  const services = servicesFile.file ? readServices(servicesFile.file.bytes, servicesFile.file.path, taxonomy.value, today) : { value: [], problems: [] };
  const districts = districtsFile.file ? readPostcodeDistricts(districtsFile.file.bytes, districtsFile.file.path) : { value: [], problems: [] };
  problems.push(...taxonomy.problems, ...services.problems, ...districts.problems);
  return { value: { services: services.value, taxonomy: taxonomy.value, districts: districts.value }, problems };
}

/** Guides, glossary and updates: frontmatter, plain English, abbreviations and pictures. */
export function checkAllContent(dir: string, today: Date): DataProblem[] {
  const glossary = readSource(dir, 'glossary.csv');
  if (!glossary.file) return glossary.problems;
  return checkContent({
    guides: readTextTree(join(dir, 'guides'), ['.mdx', '.md']),
    glossary: glossary.file,
    updates: readTextTree(join(dir, 'updates'), ['.md', '.mdx']),
    publicFiles: publicFiles(),
    today: today.toISOString().slice(0, 10),
  });
}

/** Every problem in every data and content file, in one list. New sources add a line here. */
export function checkAllData(dir: string, today: Date, content = contentDir()): DataProblem[] {
  return [
    ...loadEhcp(dir, today).problems,
    ...loadImprovementPlan(dir, today).problems,
    ...loadDirectory(dir, today).problems,
    ...checkAllContent(content, today),
    ...checkTranslations(content),
  ];
}
