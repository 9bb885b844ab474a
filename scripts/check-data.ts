/**
 * `npm run check-data`: checks every data file and prints every problem in one
 * run. Exit status 1 if there is any error (warnings alone pass).
 * `--format github` prints GitHub Actions annotations as well.
 */
import { dataDir, displayPath } from '../src/core/files.node.ts';
import { DataError, formatProblem, hasErrors, summarise, type DataProblem } from '../src/core/problems';
import { causesSummary } from '../src/core/causes';
import { buildDate } from '../src/core/build-date';
import { toGithubAnnotation } from '../src/build/annotations';
import { runCommand, UsageError } from './lib/cli';

const FORMATS = ['text', 'github'];

/**
 * The checks, loaded when they run rather than imported above: the modules they
 * load read site.yaml as they load, so a mistake in it (a brand colour too pale
 * for white text) is then listed like any other problem, not a crash.
 */
async function check(dir: string): Promise<{ problems: readonly DataProblem[]; historyNote: string }> {
  try {
    const { checkData } = await import('../src/build/check-data.node.ts');
    return checkData(dir, buildDate());
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { problems: error.problems, historyNote: 'History: not checked, because the site configuration (site.yaml) has an error.' };
  }
}

await runCommand(
  {
    command: 'npm run check-data --',
    summary: 'Checks every data and content file and lists every problem, with file, row and column. Exits 1 if there is an error (warnings alone pass).',
    options: {
      format: { type: 'string', value: '<text|github>', default: process.env['GITHUB_ACTIONS'] ? 'github' : 'text', description: 'github also prints GitHub Actions annotations, so problems show on the pull request.' },
    },
    examples: ['npm run check-data', 'DATA_DIR=../my-area/data npm run check-data -- --format github'],
    notes: ['Reads the data folder named by DATA_DIR (default data/) and the content folder named by CONTENT_DIR (default content/).'],
  },
  async ({ values }) => {
    if (!FORMATS.includes(values.format)) throw new UsageError(`--format is text or github, not "${values.format}".`);
    const dir = dataDir();
    const { problems, historyNote } = await check(dir);

    console.log(historyNote);
    if (values.format === 'github') console.log(`::notice title=History of the data::${historyNote.replace(/%/g, '%25')}`);
    if (problems.length === 0) {
      console.log(`Data check: every file in ${displayPath(dir) || '.'} is fine.`);
      return 0;
    }
    for (const p of problems) {
      // A problem that follows from another is listed under it, indented.
      console.log(`${p.because ? '  ' : ''}${formatProblem(p)}`);
      if (values.format === 'github') console.log(toGithubAnnotation(p));
    }
    const causes = causesSummary(problems);
    console.log(`\nData check: ${summarise(problems)}.${causes ? ` ${causes}` : ''}`);
    if (hasErrors(problems)) {
      console.log('Nothing will be published until the errors are fixed. Warnings do not stop publishing.');
      return 1;
    }
    return 0;
  },
);
