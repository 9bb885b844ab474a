/**
 * Checks one file, or several together (the month's EHCP figures and the
 * other measures' figures, the change log that gives a revision's reason), as
 * `npm run check-data` would if they were in the data folder: the published
 * files with these put in their places, the same data checks and the same
 * history guard against what is published, each cause first. Only the
 * problems these files bring are returned. A file's name must be one the
 * site reads unless the person said which file it is; a workbook is not
 * checked but explained. Pure: runs in the browser.
 */
import { isoDay } from '../core/dates';
import { memoryFolder } from '../core/data-folder';
import { formatProblem, hasErrors, type DataProblem } from '../core/problems';
import { dataFrom, dataProblems, factsToCheck } from '../build/data';
import { HISTORY_DESCRIPTIONS } from '../build/registry';
import { checkFacts } from '../content/facts/facts';
import type { PublishedSite } from './published';
import { guardHistory, withoutRepeatedWarnings, type Snapshot } from '../core/history/guard';
import { causesFirst } from '../core/causes';
import { isWorkbook, notReadProblem } from '../build/folder-files';
import { fileKind, type FileKind, type FileKindId } from './kinds';
import { draftFromData } from '../build/draft-update';
import type { Draft } from '../content/updates/draft';
import { previewOf, type Preview } from './preview';

/** A chosen file. */
export interface ChosenFile {
  /** Which data file it is: said by the person (`chosen`), or worked out from its name and columns; none for a workbook. */
  kind: FileKindId | undefined;
  /** The person said which file it is, so its name need not be the one the site reads. */
  chosen?: boolean | undefined;
  /** The file's name, e.g. `2026-11-13.csv`: a review keeps it. */
  name: string;
  bytes: Uint8Array;
}

export interface FileCheckInput extends ChosenFile {
  kind: FileKindId;
  /** The data folder as published, and the guides and updates that state facts from it. */
  published: PublishedSite;
  today: Date;
  threshold: number;
}

/** Where one chosen file would go, and what it would publish. */
export interface PlacedFile {
  name: string;
  /** Undefined for a workbook, which is explained, not checked. */
  kind: FileKind | undefined;
  /** Where the file would go, as check-data names it: `data/services.csv`. */
  file: string;
  /** What would be published, when there is no error. */
  preview: Preview | undefined;
}

export interface FilesCheck {
  files: PlacedFile[];
  problems: DataProblem[];
  /** The update that announces a new month of EHCP figures, drafted, when they pass and no update announces them yet. */
  draft?: Draft | undefined;
}

/** The update for a new EHCP month these files bring, if nothing published announces it yet. */
function draftFor(files: Snapshot, published: PublishedSite, today: Date): Draft | undefined {
  const newest = (snapshot: Snapshot) => dataFrom(memoryFolder(snapshot, ROOT), today).datasets.ehcp?.value.months.at(-1)?.month;
  const result = draftFromData(dataFrom(memoryFolder(files, ROOT), today), { today, date: isoDay(today) });
  if (!result.ok || result.month === newest(published.files)) return undefined;
  const announced = published.content.some((c) => c.source.includes(`"ehcp.${result.month}.issued"`));
  return announced ? undefined : result.draft;
}

export interface FileCheck {
  kind: FileKind;
  file: string;
  problems: DataProblem[];
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
  return causesFirst([...withoutRepeatedWarnings([...dataProblems(data), ...factProblems], guard.removed), ...guard.problems]);
}

/** Is this name the one the site reads for its kind: `ehcp-timeliness.csv`, or a review's date? */
function isNameRead(kind: FileKind, name: string): boolean {
  return kind.path.endsWith('/') ? /^\d{4}-\d{2}-\d{2}\.csv$/.test(name) : kind.path.split('/').at(-1) === name;
}

const display = (path: string) => `${ROOT}/${path}`;

export function checkFiles(chosen: readonly ChosenFile[], published: PublishedSite, today: Date, threshold: number): FilesCheck {
  const files = new Map(published.files);
  const present = (path: string) => files.has(path);
  const nameProblems: DataProblem[] = [];
  const placed: Omit<PlacedFile, 'preview'>[] = [];
  for (const c of chosen) {
    const workbook = isWorkbook(c.name, c.bytes);
    if (workbook || !c.kind) {
      nameProblems.push(notReadProblem(c.name, { bytes: c.bytes, display, present, fromPage: true }));
      placed.push({ name: c.name, kind: undefined, file: display(c.name) });
      continue;
    }
    const kind = fileKind(c.kind);
    const path = kind.pathFor(c.name);
    // "Can be published" only for a name the site reads, or once the person has said which file it replaces.
    if (!c.chosen && !isNameRead(kind, c.name)) nameProblems.push(notReadProblem(c.name, { bytes: c.bytes, display, present, fromPage: true }));
    files.set(path, c.bytes);
    placed.push({ name: c.name, kind, file: display(path) });
  }
  // Problems the published files already have are not these files' doing.
  const before = new Set(checkAgainstPublished(published.files, published, today).map(formatProblem));
  const problems = [...nameProblems, ...checkAgainstPublished(files, published, today).filter((p) => !before.has(formatProblem(p)))];
  const ok = !hasErrors(problems);
  return {
    files: placed.map((f) => ({ ...f, preview: ok && f.kind ? previewOf(f.kind, memoryFolder(files, ROOT), f.file, today, threshold) : undefined })),
    problems,
    draft: ok && placed.some((f) => f.kind?.dataset === 'ehcp') ? draftFor(files, published, today) : undefined,
  };
}

/** One file, checked as `kind`. */
export function checkFile(input: FileCheckInput): FileCheck {
  const { files, problems } = checkFiles([{ kind: input.kind, chosen: input.chosen ?? true, name: input.name, bytes: input.bytes }], input.published, input.today, input.threshold);
  const [placed] = files;
  return { kind: placed!.kind ?? fileKind(input.kind), file: placed!.file, problems, preview: placed!.preview };
}
