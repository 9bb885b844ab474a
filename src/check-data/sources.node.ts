/**
 * Loads every data source from the data folder on disk with the checks in
 * sources.ts, which the build, the `check-data` command, CI and the check
 * page all use, so errors read the same everywhere.
 */
import { join } from 'node:path';
import { contentDir, diskFolder, publicFiles, readSource, readTextTree } from '../core/files.node.ts';
import { checkContent } from '../content/content-check';
import type { Checked, DataProblem } from '../core/problems';
import type { Change } from '../history/changes';
import type { ImprovementPlan } from '../plan/plan';
import { factsFrom } from '../content/facts/from-folder';
import type { Facts } from '../content/facts/facts';
import { changesFrom, checkDataFolder, directoryFrom, ehcpFrom, improvementPlanFrom, type DirectoryData, type EhcpData } from './sources';

export type { DirectoryData, EhcpData } from './sources';

export function loadEhcp(dir: string, today: Date): Checked<EhcpData> {
  return ehcpFrom(diskFolder(dir), today);
}

/** The improvement plan: areas.csv and every review snapshot in reviews/. */
export function loadImprovementPlan(dir: string, today: Date): Checked<ImprovementPlan> {
  return improvementPlanFrom(diskFolder(dir), today);
}

/** The services directory: taxonomy.csv first, since services.csv is checked against it. */
export function loadDirectory(dir: string, today: Date): Checked<DirectoryData> {
  return directoryFrom(diskFolder(dir), today);
}

/** The change log, data/changes.csv: optional, since nothing may have been taken out yet. */
export function loadChanges(dir: string, today: Date): Checked<Change[]> {
  return changesFrom(diskFolder(dir), today);
}

/** Guides, glossary and updates: frontmatter, plain English, abbreviations, pictures and facts from the data. */
export function checkAllContent(dir: string, today: Date, facts?: Facts): DataProblem[] {
  const glossary = readSource(dir, 'glossary.csv');
  if (!glossary.file) return glossary.problems;
  return checkContent({
    guides: readTextTree(join(dir, 'guides'), ['.mdx', '.md']),
    glossary: glossary.file,
    updates: readTextTree(join(dir, 'updates'), ['.md', '.mdx']),
    publicFiles: publicFiles(),
    today: today.toISOString().slice(0, 10),
    ...(facts ? { facts } : {}),
  });
}

/** Every problem in every data and content file, in one list. New data sources add a line in sources.ts. */
export function checkAllData(dir: string, today: Date, content = contentDir()): DataProblem[] {
  const folder = diskFolder(dir);
  return [...checkDataFolder(folder, today), ...checkAllContent(content, today, factsFrom(folder, today))];
}
