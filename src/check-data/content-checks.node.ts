/**
 * The written-content checks (guides, updates and translations; mostly
 * retext's plain-English checks) are the slowest part of checking and need
 * nothing the build makes. So `astro build` starts them in a second Node
 * process as soon as its configuration is read (./integration.node.ts), where
 * they run on the machine's other core while Astro starts up, and the data
 * loaders wait for the answer before any page is written (./datasets.node.ts).
 * At 160 guides that took about 2.5 s off the build.
 *
 * The build's configuration and its content loaders are loaded apart, so the
 * running check is handed over through one globalThis key. Without tsx (a
 * development dependency) the checks run in the build's own process instead.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataError, formatProblem, hasErrors, type DataProblem } from '../core/problems.ts';

/** Problems in the written content: guides and updates, and translations against their English pages. */
export interface WrittenContentProblems {
  content: DataProblem[];
  translations: DataProblem[];
}

const RUNNING = Symbol.for('open-local-offer.content-checks');
const store = globalThis as { [RUNNING]?: Promise<WrittenContentProblems> };

/** The script the second process runs: prints the problems as JSON. */
export const CHILD_SCRIPT = fileURLToPath(new URL('../../scripts/check-content.ts', import.meta.url));

/** Where tsx is, from the project's own node_modules, or undefined when it is not installed. */
function tsxEntry(): string | undefined {
  try {
    return createRequire(`${process.cwd()}/package.json`).resolve('tsx');
  } catch {
    return undefined;
  }
}

/** Starts the checks in a second process, once; returns false when that cannot be done here. */
export function startContentChecks(dir: string, today: Date, content: string): boolean {
  if (store[RUNNING]) return true;
  const tsx = tsxEntry();
  if (!tsx) return false;
  // --import takes a URL: a bare Windows path (C:\…) would not do.
  const child = spawn(process.execPath, ['--import', pathToFileURL(tsx).href, CHILD_SCRIPT, '--today', today.toISOString()], {
    env: { ...process.env, DATA_DIR: dir, CONTENT_DIR: content },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  store[RUNNING] = new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => {
      if (status === 0) done(JSON.parse(Buffer.concat(chunks).toString('utf8')) as WrittenContentProblems);
      else fail(new Error(`The checks of guides, updates and translations (${CHILD_SCRIPT}) stopped with status ${status} before giving an answer, so nothing was published; see the messages above. \`npm run check-data\` runs the same checks.`));
    });
  });
  // Nobody may be waiting yet; a failure is reported when the loaders ask.
  store[RUNNING].catch(() => undefined);
  return true;
}

/** The checks started by startContentChecks, or undefined when none were started in this process. */
export function startedContentChecks(): Promise<WrittenContentProblems> | undefined {
  return store[RUNNING];
}

/**
 * Waits for the checks started in this process (if any), prints their
 * warnings, and stops the build with every error. Called by the build just
 * before it writes pages.
 */
export async function reportContentChecks(): Promise<void> {
  const started = startedContentChecks();
  if (!started) return;
  const written = await started;
  const problems = [...written.content, ...written.translations];
  if (hasErrors(problems)) throw new DataError(problems);
  for (const p of problems) console.warn(formatProblem(p));
}
