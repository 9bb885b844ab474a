/**
 * Every dataset, the glossary and the revisions, read and checked from the
 * folders on disk: what pages are built from. Apart from the written-content
 * checks (./load-all.node.ts) so the build's second process can hand the data
 * over before it loads those.
 */
import { loadGlossary } from '../content/glossary/load.node.ts';
import type { GlossaryData } from '../content/glossary/glossary';
import { readRevisionLog } from '../core/history/history.node.ts';
import type { Revision } from '../core/history/revisions';
import { diskFolder, displayPath, filesIn } from '../core/files.node.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checked, DataProblem } from '../core/problems';
import { dataFrom, dataProblems, type DataFiles } from './data';
import { HISTORY_DESCRIPTIONS } from './registry';
import { strayFileProblems } from './folder-files';

/** What pages are built from: every dataset, without the written content's problems. */
export interface DataAndGlossary extends DataFiles {
  glossary: Checked<GlossaryData>;
  /** Every revised figure, worked out from the data files' history in git (src/core/history/). */
  revisions: Checked<Revision[]>;
  /** Files in the data folder the site does not read: a copy under another name, a workbook (./folder-files.ts). */
  strays?: DataProblem[] | undefined;
}

export function loadData(dir: string, today: Date, content: string): DataAndGlossary {
  const data = dataFrom(diskFolder(dir), today);
  return {
    ...data,
    glossary: loadGlossary(content),
    revisions: readRevisionLog(dir, today, HISTORY_DESCRIPTIONS, data.site.value?.historyFrom),
    strays: strayFileProblems(filesIn(dir), (path) => readFileSync(join(dir, path)), (path) => displayPath(join(dir, path))),
  };
}

/** Every problem in the data, the glossary and the revisions, in one list. */
export function loadedProblems(d: DataAndGlossary): DataProblem[] {
  return [...(d.strays ?? []), ...dataProblems(d), ...d.glossary.problems, ...d.revisions.problems];
}
