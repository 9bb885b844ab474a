/**
 * The directory import's own files, checked with the rest of the data so a
 * typo in the mapping is caught when it is committed, not at the next nightly
 * import. Both are optional: a directory typed by hand has neither.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../core/files.node.ts';
import type { DataProblem } from '../../core/problems';
import { readTaxonomy } from '../taxonomy';
import { readIdMap } from './ids';
import { readMapping } from './mapping';

export function checkFeedFiles(dir: string): DataProblem[] {
  const present = (name: string) => (existsSync(join(dir, name)) ? readSource(dir, name).file : undefined);
  const mapping = present('directory-mapping.csv');
  const ids = present('directory-ids.csv');
  const taxonomyFile = mapping ? present('taxonomy.csv') : undefined;
  // A missing or broken taxonomy is reported by the directory's own checks; the mapping cannot be checked without it.
  const taxonomy = taxonomyFile ? readTaxonomy(taxonomyFile.bytes, taxonomyFile.path) : undefined;
  return [
    ...(mapping && taxonomy && taxonomy.problems.length === 0 ? readMapping(mapping.bytes, mapping.path, taxonomy.value).problems : []),
    ...(ids ? readIdMap(ids.bytes, ids.path).problems : []),
  ];
}
