/**
 * `npm run check-data`: checks every data file and prints every problem in one
 * run. Exit status 1 if there is any error (warnings alone pass).
 * `--format github` prints GitHub Actions annotations as well.
 */
import { parseArgs } from 'node:util';
import { dataDir, displayPath } from '../src/core/files.node.ts';
import { buildDate } from '../src/core/build-date';
import { formatProblem, hasErrors, summarise } from '../src/core/problems';
import { checkData } from '../src/build/check-data.node.ts';
import { toGithubAnnotation } from '../src/build/annotations';

const { values } = parseArgs({ options: { format: { type: 'string', default: process.env['GITHUB_ACTIONS'] ? 'github' : 'text' } } });
const dir = dataDir();
const { problems, historyNote } = checkData(dir, buildDate());

console.log(historyNote);
if (values.format === 'github') console.log(`::notice title=History of the data::${historyNote.replace(/%/g, '%25')}`);
if (problems.length === 0) {
  console.log(`Data check: every file in ${displayPath(dir) || '.'} is fine.`);
  process.exit(0);
}
for (const p of problems) {
  console.log(formatProblem(p));
  if (values.format === 'github') console.log(toGithubAnnotation(p));
}
console.log(`\nData check: ${summarise(problems)}.`);
if (hasErrors(problems)) {
  console.log('Nothing will be published until the errors are fixed. Warnings do not stop publishing.');
  process.exit(1);
}
