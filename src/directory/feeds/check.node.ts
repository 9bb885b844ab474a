/** The directory import's own files in the data folder on disk (see ./check.ts). */
import { diskFolder } from '../../core/files.node.ts';
import type { Checked, DataProblem } from '../../core/problems';
import type { Taxonomy } from '../taxonomy';
import { feedFileProblems } from './check';

export function checkFeedFiles(dir: string, taxonomy: Checked<Taxonomy>): DataProblem[] {
  return feedFileProblems(diskFolder(dir), taxonomy);
}
