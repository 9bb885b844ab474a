/**
 * The data folder as the checks see it: files by their path inside the
 * folder. On disk (files.node.ts) for check-data and the build; in memory for
 * the check page, which runs the same checks in the browser.
 */
import type { SourceFile } from './csv';
import { problem, type DataProblem } from './problems.ts';

export interface DataFolder {
  /** One file by its path inside the folder (`improvement-plan/areas.csv`), or the problem that it is missing. */
  read: (name: string) => { path: string; file?: SourceFile; problems: DataProblem[] };
  /** Is there a file at this path? */
  has: (name: string) => boolean;
  /** Every `.csv` file directly in a sub-folder, sorted by name. */
  list: (folder: string) => SourceFile[];
  /** A path inside the folder as messages and "Source:" lines show it: `data/improvement-plan`. */
  pathOf: (name: string) => string;
}

/** The same words for a missing file, wherever the folder is. */
export function missingFile(name: string, folderPath: string, filePath = folderPath ? `${folderPath}/${name}` : name): DataProblem {
  return problem({ file: filePath, expected: `a file called ${name} in ${folderPath || '.'}`, fix: `Copy the template from data/templates/ and fill it in.` });
}

/** A folder held in memory: `files` by path inside the folder; `root` is how messages name the folder (`data`). */
export function memoryFolder(files: ReadonlyMap<string, Uint8Array>, root = 'data'): DataFolder {
  const join = (name: string) => (root ? `${root}/${name}` : name);
  return {
    read: (name) => {
      const bytes = files.get(name);
      if (bytes) return { path: join(name), file: { path: join(name), bytes }, problems: [] };
      const slash = name.lastIndexOf('/');
      const folder = slash < 0 ? root : join(name.slice(0, slash));
      return { path: join(name), problems: [missingFile(name.slice(slash + 1), folder)] };
    },
    has: (name) => files.has(name),
    list: (folder) =>
      [...files.keys()]
        .filter((p) => p.startsWith(`${folder}/`) && !p.slice(folder.length + 1).includes('/') && p.toLowerCase().endsWith('.csv'))
        .sort()
        .map((p) => ({ path: join(p), bytes: files.get(p)! })),
    pathOf: join,
  };
}
