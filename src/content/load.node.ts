/** Reads every guide and update from the content folder and checks them against the glossary. */
import { join } from 'node:path';
import { isoDay } from '../core/dates';
import { publicFiles, readTextTree } from '../core/files.node.ts';
import type { DataProblem } from '../core/problems';
import { checkContent } from './content-check';
import type { GlossaryData } from './glossary/glossary';

/** Guides and updates: frontmatter, plain English, abbreviations and pictures. */
export function checkAllContent(dir: string, glossary: GlossaryData, today: Date): DataProblem[] {
  return checkContent({
    guides: readTextTree(join(dir, 'guides'), ['.mdx', '.md']),
    glossary,
    updates: readTextTree(join(dir, 'updates'), ['.md', '.mdx']),
    publicFiles: publicFiles(),
    today: isoDay(today),
  });
}
