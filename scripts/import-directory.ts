/**
 * Takes a council's directory feed into data/services.csv.
 *   npm run import:directory -- <web address, JSON file or folder> [--mapping data/directory-mapping.csv] [--out data/services.csv]
 *     [--ids data/directory-ids.csv] [--report import-report.md] [--commit-message message.txt] [--dry-run] [--delay 1000] [--timeout 30000]
 * See docs/directory-feeds.md.
 */
import { writeFileSync } from 'node:fs';
import { formatProblem, hasErrors } from '../src/core/problems';
import { DEFAULT_FETCH } from '../src/directory/feeds/fetch.node.ts';
import { commitMessage, summaryLine } from '../src/directory/feeds/report';
import { defaultPaths, runImport } from '../src/directory/feeds/run.node.ts';
import { DIRECTORY_FILES } from '../src/directory/files';
import { runCommand, wholeNumber } from './lib/cli';

await runCommand(
  {
    command: 'npm run import:directory --',
    summary:
      "Reads your directory system's Open Referral UK, HSDS or Outpost feed and writes data/services.csv and data/directory-ids.csv, then prints a report of every service added, changed, removed or not published. Nothing is written unless the whole result passes the checks. See docs/directory-feeds.md.",
    args: [{ name: 'feed', description: 'The feed: a web address, a saved JSON file, or a folder of saved pages or an HSDS data package.', required: true }],
    options: {
      'dry-run': { type: 'boolean', description: 'Work everything out and print the report, but write nothing.' },
      mapping: { type: 'string', value: '<file>', description: 'The mapping of feed terms. Default: directory-mapping.csv beside the services file.' },
      out: { type: 'string', value: '<file>', description: 'The services file to write. Default: services.csv in DATA_DIR, or data/.' },
      ids: { type: 'string', value: '<file>', description: 'The id map. Default: directory-ids.csv beside the services file.' },
      taxonomy: { type: 'string', value: '<file>', description: 'Our categories, needs and areas. Default: taxonomy.csv beside the services file.' },
      report: { type: 'string', value: '<file>', description: 'Also write the report (Markdown) to this file.' },
      'commit-message': { type: 'string', value: '<file>', description: 'Write a commit message listing every removal and its reason.' },
      delay: { type: 'string', value: '<ms>', description: `Milliseconds to wait between pages of a web feed (default: ${DEFAULT_FETCH.delayMs}).` },
      timeout: { type: 'string', value: '<ms>', description: `Milliseconds to wait for a page before giving up (default: ${DEFAULT_FETCH.timeoutMs}).` },
    },
    examples: ['npm run import:directory -- https://directory.example.gov.uk/api/services --dry-run', 'npm run import:directory -- saved-feed/ --report import-report.md'],
  },
  async ({ values, positionals }) => {
    const out = values.out ?? `${process.env['DATA_DIR'] ?? 'data'}/${DIRECTORY_FILES.services}`;
    const paths = defaultPaths(out);
    const fetch = { ...DEFAULT_FETCH, delayMs: wholeNumber('delay', values.delay, DEFAULT_FETCH.delayMs), timeoutMs: wholeNumber('timeout', values.timeout, DEFAULT_FETCH.timeoutMs, 1), log: (m: string) => console.error(m) };
    const outcome = await runImport({
      source: positionals[0]!,
      out,
      mapping: values.mapping ?? paths.mapping,
      ids: values.ids ?? paths.ids,
      taxonomy: values.taxonomy ?? paths.taxonomy,
      today: new Date(),
      dryRun: values['dry-run'],
      fetch,
    });
    for (const p of outcome.problems) console.error(formatProblem(p));
    if (outcome.report) console.log(outcome.report);
    if (values.report && outcome.report) writeFileSync(values.report, outcome.report);
    if (hasErrors(outcome.problems)) {
      console.error('Nothing was written: fix the problems above and run the import again.');
      return 1;
    }
    if (values['commit-message'] && outcome.result) writeFileSync(values['commit-message'], commitMessage(outcome.result.report));
    if (outcome.result) console.error(outcome.wrote ? `Wrote ${out}. ${summaryLine(outcome.result.report)}` : `Dry run: nothing written. ${summaryLine(outcome.result.report)}`);
    return 0;
  },
);
