/**
 * The build's second process. Reading and checking the data, and above all
 * the written-content checks (guides, updates and translations; mostly
 * retext's plain-English checks), need nothing the build makes. So `astro
 * build` starts a second Node process as soon as its configuration is read
 * (./integration.node.ts), running ./second-process.child.node.ts. It reads and
 * checks every data file and hands the result over (the build holds it:
 * ./for-build.node.ts),
 * then runs the written-content checks on the machine's other core while Astro
 * bundles; the build waits for those just before it writes the first page.
 * So the data is read once per build, and the main process never loads the
 * readers, the checks or retext at all. At 160 guides and 5,000 services the
 * checks here took about 2.5 s off the build, and the data here about 0.6 s more.
 *
 * The build's configuration and its content loaders are loaded apart, so the
 * running process is handed over through one globalThis key. Without tsx (a
 * development dependency) everything runs in the build's own process instead.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'devalue';
import { DataError, formatProblem, hasErrors, type DataProblem } from '../core/problems.ts';
import type { DataAndGlossary } from './load.node.ts';

/** Problems in the written content: guides and updates, and translations against their English pages. */
export interface WrittenContentProblems {
  content: DataProblem[];
  translations: DataProblem[];
}

/** The data as the second process read and checked it, with the problems found in it (not yet the written content's). */
export interface CheckedData {
  data: DataAndGlossary;
  problems: DataProblem[];
}

/** The second process's two answers, in the order they come. */
export interface SecondProcess {
  data: Promise<CheckedData>;
  written: Promise<WrittenContentProblems>;
}

const RUNNING = Symbol.for('open-local-offer.second-process');
const store = globalThis as { [RUNNING]?: SecondProcess };

/** The script the second process runs: prints the checked data (devalue), then the written-content problems (JSON), a line each. */
export const CHILD_SCRIPT = fileURLToPath(new URL('./second-process.child.node.ts', import.meta.url));

/** Where tsx is, from the project's own node_modules, or undefined when it is not installed. */
function tsxEntry(): string | undefined {
  try {
    return createRequire(`${process.cwd()}/package.json`).resolve('tsx');
  } catch {
    return undefined;
  }
}

/**
 * Calls `online` with each line of a stream. Not node:readline: it looks for
 * the end of a line from the start of what it holds at every chunk, and the
 * data's line is 5 MB at 5,000 services, which took it 3 s.
 */
export function onLines(stream: NodeJS.ReadableStream, online: (line: string) => void): void {
  let held: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      held.push(chunk.subarray(start, end));
      online(Buffer.concat(held).toString('utf8'));
      held = [];
      start = end + 1;
    }
    if (start < chunk.length) held.push(chunk.subarray(start));
  });
}

/** Starts the second process, once; returns false when that cannot be done here. */
export function startContentChecks(dir: string, today: Date, content: string): boolean {
  if (store[RUNNING]) return true;
  const tsx = tsxEntry();
  if (!tsx) return false;
  // --import takes a URL: a bare Windows path (C:\…) would not do.
  const child = spawn(process.execPath, ['--import', pathToFileURL(tsx).href, CHILD_SCRIPT, '--today', today.toISOString()], {
    env: { ...process.env, DATA_DIR: dir, CONTENT_DIR: content },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const answers: ((line: string) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const next = <T>(read: (line: string) => T) =>
    new Promise<T>((done, fail) => {
      answers.push((line) => done(read(line)));
      failures.push(fail);
    });
  const running: SecondProcess = {
    data: next((line) => parse(line) as CheckedData),
    written: next((line) => JSON.parse(line) as WrittenContentProblems),
  };
  let answered = 0;
  onLines(child.stdout, (line) => answers[answered++]?.(line));
  const failAll = (error: Error) => failures.slice(answered).forEach((fail) => fail(error));
  child.on('error', failAll);
  child.on('close', (status) => {
    if (answered < answers.length) failAll(new Error(`The checks of the data, guides, updates and translations (${CHILD_SCRIPT}) stopped with status ${status} before giving an answer, so nothing was published; see the messages above. \`npm run check-data\` runs the same checks.`));
  });
  // Nobody may be waiting yet; a failure is reported when the build asks.
  running.data.catch(() => undefined);
  running.written.catch(() => undefined);
  store[RUNNING] = running;
  return true;
}

/** The second process started by startContentChecks, or undefined when none was started in this process. */
export function startedContentChecks(): SecondProcess | undefined {
  return store[RUNNING];
}

/**
 * Waits for the written-content checks of the second process (if any), prints
 * their warnings, and stops the build with every error. Called by the build
 * just before it writes pages.
 */
export async function reportContentChecks(): Promise<void> {
  const started = startedContentChecks();
  if (!started) return;
  const written = await started.written;
  const problems = [...written.content, ...written.translations];
  if (hasErrors(problems)) throw new DataError(problems);
  for (const p of problems) console.warn(formatProblem(p));
}
