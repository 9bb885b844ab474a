/**
 * Every data file, the glossary, the comparison and the revisions, read and
 * checked: what pages are built from. Apart from the written-content checks
 * (./datasets.node.ts) so the build's second process can hand the data over
 * before it loads those. A new dataset adds its loader here (see
 * docs/architecture.md).
 */
import { loadGlossary } from '../content/glossary/load.node.ts';
import type { GlossaryData } from '../content/glossary/glossary';
import { loadCompare, type LoadedCompare } from '../compare/load.node.ts';
import { site } from '../config/site.node.ts';
import { readRevisionLog } from '../history/history.node.ts';
import type { Revision } from '../history/revisions';
import { diskFolder } from '../core/files.node.ts';
import type { Checked, DataProblem } from '../core/problems';
import { dataFrom, dataProblems, type DataFiles } from './datasets';

/** What pages are built from: every dataset, without the written content's problems. */
export interface DataAndGlossary extends DataFiles {
  glossary: Checked<GlossaryData>;
  /** England, the region and statistical neighbours, from DfE's release (src/compare/). */
  compare: Checked<LoadedCompare>;
  /** Every revised figure, worked out from the data files' history in git (src/history/). */
  revisions: Checked<Revision[]>;
}

/** Every data file, the glossary, the comparison and the revisions: what pages are built from. */
export function loadData(dir: string, today: Date, content: string): DataAndGlossary {
  const data = dataFrom(diskFolder(dir), today);
  return {
    ...data,
    glossary: loadGlossary(content),
    compare: loadCompare(dir, site.compare, { national: data.ehcp.value.national, file: data.ehcp.value.files.national }),
    revisions: readRevisionLog(dir, today),
  };
}

/** Every problem in the data, the glossary, the comparison and the revisions, in one list. */
export function loadedProblems(d: DataAndGlossary): DataProblem[] {
  return [...dataProblems(d), ...d.glossary.problems, ...d.compare.problems, ...d.revisions.problems];
}
