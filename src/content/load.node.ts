/** Reads every guide and update from the content folder and checks them against the glossary. */
import { join } from 'node:path';
import { isoDay } from '../core/dates';
import { publicFiles, readTextTree } from '../core/files.node.ts';
import type { DataProblem } from '../core/problems';
import { checkContent } from './content-check';
import type { GlossaryData } from './glossary/glossary';
import type { Facts } from './facts/facts';

/** Guides and updates: frontmatter, plain English, abbreviations, pictures and facts from the data. */
export function checkAllContent(dir: string, glossary: GlossaryData, today: Date, facts?: Facts): DataProblem[] {
  return checkContent({
    guides: readTextTree(join(dir, 'guides'), ['.mdx', '.md']),
    glossary,
    updates: readTextTree(join(dir, 'updates'), ['.md', '.mdx']),
    publicFiles: publicFiles(),
    today: isoDay(today),
    ...(facts ? { facts } : {}),
  });
}
