/**
 * A dataset described once, in its feature folder (`src/<feature>/dataset.ts`):
 * its files and columns, how to read and check them, what a row is to the
 * history guard, the facts guides may state from it, its pages and its
 * check-page preview; its downloads are beside it in `downloads.ts`
 * (`export const downloads = { dataset, list }`). The registry (src/build/registry.ts) lists the datasets, and
 * check-data, the build, the history guard, open data, the check page and
 * `npm run new-area` loop over it. docs/architecture.md shows how to add one.
 */
import type { ColumnSpec } from './csv';
import type { DataFolder } from './data-folder';
import type { KeyedDataset } from './history/keyed';
import type { OpenDataTable } from './open-data';
import type { Checked } from './problems';

/** One file (or folder of files) a dataset reads from the data folder. */
export interface DataFileSpec {
  /** Its place in the data folder, e.g. `ehcp-timeliness.csv`; a folder of files ends with `/`: `improvement-plan/reviews/`. */
  path: string;
  /** What people call it, e.g. "EHCP figures": on the check page and in messages. */
  label: string;
  columns: ColumnSpec;
  /**
   * What `npm run new-area` does with the sample's copy: `keep` it (it holds
   * no local facts), `empty` it to its header row, `remove` it (the area has
   * none yet), or keep only the rows a test passes (taxonomy: the national
   * categories and needs, not the sample's own areas).
   */
  newArea: 'keep' | 'empty' | 'remove' | ((cells: Readonly<Record<string, string>>) => boolean);
  /** The command that makes it, when people never edit it by hand (the check page does not offer it). */
  madeBy?: string | undefined;
}

/** Does this data-folder path (`improvement-plan/reviews/2026-07-10.csv`) belong to the file or folder? */
export function fileMatches(spec: Pick<DataFileSpec, 'path'>, path: string): boolean {
  if (!spec.path.endsWith('/')) return path === spec.path;
  const rest = path.startsWith(spec.path) ? path.slice(spec.path.length) : '';
  return rest !== '' && !rest.includes('/') && rest.toLowerCase().endsWith('.csv');
}

/** What a dataset's reader is given besides its files. */
export interface ReadContext<Site> {
  today: Date;
  /** The site configuration; undefined when it has an error of its own. */
  site: Site | undefined;
  /** A dataset read before this one (one it `needs`), as read. */
  earlier: (id: string) => Checked<unknown> | undefined;
}

/** One open data download: `/open-data/<id>.csv` and `.json`. */
export interface DownloadSpec {
  id: string;
  title: string;
  /** The title inside the JSON file, where it needs more than `title` (the area, for example). */
  fileTitle?: string | undefined;
  /** The page that shows these figures. */
  page: string;
  /** What the symbols in the file mean, if it uses any. */
  symbols?: Record<string, string> | undefined;
  table: () => Promise<OpenDataTable>;
  /** A JSON shape other than the table's, e.g. a standard's. */
  json?: (() => Promise<unknown>) | undefined;
}

/** What a file that passes would publish, in a few lines, on the check page. */
export interface Preview {
  /** The main message, e.g. the EHCP headline. */
  title: string;
  sentences: string[];
  table?: { caption: string; columns: string[]; rows: string[][] } | undefined;
}

export interface Dataset<Id extends string = string, T = unknown, Site = unknown> {
  /** A short name: the key the build holds it under, e.g. `ehcp`. */
  id: Id;
  /** The data in words, e.g. "EHCP figures". */
  title: string;
  files: readonly DataFileSpec[];
  /**
   * The file whose presence means the area publishes this dataset. Without it
   * the dataset is absent: its pages and menu link are not built and it has
   * no problems. Left out for a dataset every area has (it may still be empty).
   */
  presentWhen?: string | undefined;
  /** Datasets this one is checked against, read first (the plan's areas, for indicators). */
  needs?: readonly string[] | undefined;
  /** Reads and checks the files: every problem, never a throw. */
  read: (folder: DataFolder, context: ReadContext<Site>) => Checked<T>;
  /** What each file's rows are to the history guard (a month, an action, a service), if rows must not vanish or figures change silently. */
  history?: readonly KeyedDataset[] | undefined;
  /** The facts guides and updates may state from it (`<Fact name="ehcp.latest.percent" />`), by name. */
  facts?: ((data: T, context: { today: Date; site: Site }) => Iterable<readonly [string, string]>) | undefined;
  /** Its pages' addresses; the first is the one the main menu links to. */
  pages: readonly string[];
  /** What it would publish, on the check page, once a file of it (`file`, as messages name it) passes. */
  preview?: ((data: T, context: { file: string; threshold: number }) => Preview | undefined) | undefined;
}
