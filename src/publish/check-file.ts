/**
 * Checks one file as `npm run check-data` would if it were in the data
 * folder: the published files with this one put in its place, the same data
 * checks and the same history guard against what is published. Only the
 * problems this file brings are returned. Pure: runs in the browser.
 */
import { isoDay } from '../core/dates';
import { memoryFolder } from '../core/data-folder';
import { formatProblem, hasErrors, type DataProblem } from '../core/problems';
import { dataFrom, dataProblems, factsToCheck } from '../build/data';
import { HISTORY_DESCRIPTIONS } from '../build/registry';
import { checkFacts } from '../content/facts/facts';
import type { PublishedSite } from './published';
import { guardHistory, withoutRepeatedWarnings, type Snapshot } from '../core/history/guard';
import { fileKind, type FileKind, type FileKindId } from './kinds';
import { previewOf, type Preview } from './preview';

export interface FileCheckInput {
  kind: FileKindId;
  /** The chosen file's name, e.g. `2026-11-13.csv`: a review keeps it. */
  name: string;
  bytes: Uint8Array;
  /** The data folder as published, and the guides and updates that state facts from it. */
  published: PublishedSite;
  today: Date;
  threshold: number;
}

export interface FileCheck {
  kind: FileKind;
  /** Where the file would go, as check-data names it: `data/services.csv`. */
  file: string;
  problems: DataProblem[];
  /** What would be published, when there is no error. */
  preview: Preview | undefined;
}

const ROOT = 'data';

/**
 * Every problem check-data would report for a data folder against the
 * published one, in its order: the data files, the facts guides and updates
 * state from them, then what has gone or changed since publishing.
 */
export function checkAgainstPublished(files: Snapshot, published: PublishedSite, today: Date): DataProblem[] {
  const folder = memoryFolder(files, ROOT);
  const data = dataFrom(folder, today);
  const facts = factsToCheck(data, today);
  const factProblems = facts ? published.content.flatMap((c) => checkFacts(c.path, c.source, facts)) : [];
  const guard = guardHistory({
    before: published.files,
    after: files,
    display: (path) => `${ROOT}/${path}`,
    changes: data.datasets.changes?.value.changes ?? [],
    today: isoDay(today),
    datasets: HISTORY_DESCRIPTIONS,
  });
  return [...withoutRepeatedWarnings([...dataProblems(data), ...factProblems], guard.removed), ...guard.problems];
}

export function checkFile(input: FileCheckInput): FileCheck {
  const kind = fileKind(input.kind);
  const path = kind.pathFor(input.name);
  const files = new Map(input.published.files);
  files.set(path, input.bytes);
  // Problems the published files already have are not this file's doing.
  const before = new Set(checkAgainstPublished(input.published.files, input.published, input.today).map(formatProblem));
  const problems = checkAgainstPublished(files, input.published, input.today).filter((p) => !before.has(formatProblem(p)));
  const file = `${ROOT}/${path}`;
  const preview = hasErrors(problems) ? undefined : previewOf(kind, memoryFolder(files, ROOT), file, input.today, input.threshold);
  return { kind, file, problems, preview };
}
