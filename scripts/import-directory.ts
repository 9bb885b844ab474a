/**
 * Takes a council's directory feed into data/services.csv.
 *   npm run import:directory -- <web address, JSON file or folder> [--mapping data/directory-mapping.csv] [--out data/services.csv]
 *     [--ids data/directory-ids.csv] [--report import-report.md] [--commit-message message.txt] [--dry-run] [--delay 1000] [--timeout 30000]
 * See docs/directory-feeds.md.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, hasErrors } from '../src/core/problems';
import { DEFAULT_FETCH } from '../src/directory/feeds/fetch.node.ts';
import { commitMessage, summaryLine } from '../src/directory/feeds/report';
import { defaultPaths, runImport } from '../src/directory/feeds/run.node.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: 'string' },
    out: { type: 'string' },
    ids: { type: 'string' },
    taxonomy: { type: 'string' },
    report: { type: 'string' },
    'commit-message': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    delay: { type: 'string' },
    timeout: { type: 'string' },
  },
});
const source = positionals[0];
if (!source) {
  console.error('Give the feed: a web address, a saved JSON file or a folder, e.g.\n  npm run import:directory -- https://directory.example.gov.uk/api/services');
  process.exit(2);
}
const out = values.out ?? `${process.env['DATA_DIR'] ?? 'data'}/services.csv`;
const paths = defaultPaths(out);

try {
  const outcome = await runImport({
    source,
    out,
    mapping: values.mapping ?? paths.mapping,
    ids: values.ids ?? paths.ids,
    taxonomy: values.taxonomy ?? paths.taxonomy,
    today: new Date(),
    dryRun: values['dry-run'],
    fetch: { ...DEFAULT_FETCH, delayMs: Number(values.delay ?? DEFAULT_FETCH.delayMs), timeoutMs: Number(values.timeout ?? DEFAULT_FETCH.timeoutMs), log: (m) => console.error(m) },
  });
  for (const p of outcome.problems) console.error(formatProblem(p));
  if (outcome.report) console.log(outcome.report);
  if (values.report && outcome.report) writeFileSync(values.report, outcome.report);
  if (hasErrors(outcome.problems)) {
    console.error('Nothing was written: fix the problems above and run the import again.');
    process.exit(1);
  }
  if (values['commit-message'] && outcome.result) writeFileSync(values['commit-message'], commitMessage(outcome.result.report));
  if (outcome.result) console.error(outcome.wrote ? `Wrote ${out}. ${summaryLine(outcome.result.report)}` : `Dry run: nothing written. ${summaryLine(outcome.result.report)}`);
} catch (error) {
  // Named errors carry a plain-English message; anything else is a fault worth its stack.
  if (error instanceof Error && ['FeedUnreachableError', 'FeedFileError', 'UnrecognisedFeedError'].includes(error.name)) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
