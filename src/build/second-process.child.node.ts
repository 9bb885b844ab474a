/**
 * The build's second process (./second-process.node.ts starts it): reads
 * and checks every data file and prints the result with its problems
 * (devalue, one line), then runs the written-content checks and prints their
 * problems ({ content, translations }, JSON, one line). Reads DATA_DIR and
 * CONTENT_DIR like the build; --today is the build's date.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'devalue';
import { contentDir, dataDir } from '../core/files.node.ts';
import { loadData, loadedProblems } from './load.node.ts';

// Standard output carries only the answers; anything else printed goes to standard error.
console.log = console.error;

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ? new Date(values.today) : new Date();
const [dir, content] = [dataDir(), contentDir()];

/** Writes one answer and waits until it has all gone: the checks that follow keep this process busy, and a pipe's writes wait for a free moment. */
const answer = (line: string) => new Promise<void>((done, fail) => process.stdout.write(`${line}\n`, (error) => (error ? fail(error) : done())));

const data = loadData(dir, today, content);
await answer(stringify({ data, problems: loadedProblems(data) }));
// The checks of written content (retext and its word lists) are loaded only now: the build waits for the data first.
const { checkWritten } = await import('./load-all.node.ts');
process.stdout.write(`${JSON.stringify(checkWritten(data, data.glossary, today, content))}\n`);
