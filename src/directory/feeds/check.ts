/**
 * The directory import's own files, checked with the rest of the directory so
 * a typo in the mapping is caught when it is committed, not at the next
 * nightly import. Both are optional: a directory typed by hand has neither.
 */
import type { DataFolder } from '../../core/data-folder';
import { hasErrors, type Checked, type DataProblem } from '../../core/problems';
import type { Taxonomy } from '../taxonomy';
import { DIRECTORY_FILES } from '../files';
import { readIdMap } from './ids';
import { readMapping } from './mapping';

export function feedFileProblems(folder: DataFolder, taxonomy: Checked<Taxonomy>): DataProblem[] {
  const present = (name: string) => (folder.has(name) ? folder.read(name).file : undefined);
  const mapping = present(DIRECTORY_FILES.mapping);
  const ids = present(DIRECTORY_FILES.ids);
  return [
    // Against a broken taxonomy every mapping row would look wrong; the taxonomy's own problems come first.
    ...(mapping && !hasErrors(taxonomy.problems) ? readMapping(mapping.bytes, mapping.path, taxonomy.value).problems : []),
    ...(ids ? readIdMap(ids.bytes, ids.path).problems : []),
  ];
}
