/**
 * Fills data/compare/ (and the EHCP page's England line, data/ehcp-national.csv)
 * from the DfE "Education, health and care plans" release:
 *   npm run import:dfe -- <release folder or one file> [--la <code, E-code or name>] [--neighbours <list.xlsx or long .csv>]
 * --la defaults to the council in data/site.yaml (its own code, or the one a
 * sample area borrows neighbours from). Nothing is written if anything is wrong.
 */
import { neighboursCode } from '../src/config/site-schema';
import { site } from '../src/config/site.node.ts';
import { dataDir } from '../src/core/files.node.ts';
import { formatProblem, hasErrors, summarise } from '../src/core/problems';
import { runImport } from '../src/compare/import.node.ts';
import { runCommand, UsageError } from './lib/cli';

await runCommand(
  {
    command: 'npm run import:dfe --',
    summary:
      "Reads the DfE \"Education, health and care plans\" release and writes England's, the region's, your local authority's and its statistical neighbours' figures into the data folder. Nothing is written if anything is wrong.",
    args: [{ name: 'release', description: 'The folder of DfE release files (the CSVs as downloaded), or one of its files.', required: true }],
    options: {
      la: { type: 'string', value: '<code|name>', description: "Your local authority: its 3-digit code, its E-code or its name. Default: the council in the site's configuration." },
      neighbours: { type: 'string', value: '<file>', description: "DfE's statistical neighbours list (the .xlsx, or a long .csv)." },
      out: { type: 'string', value: '<folder>', description: 'The data folder to write into. Default: DATA_DIR, or data/.' },
    },
    examples: ['npm run import:dfe -- ../shared/fixtures/dfe-sen2-2025 --neighbours ../shared/fixtures/dfe-statistical-neighbours/sn_may_2025.xlsx'],
  },
  async ({ values, positionals }) => {
    const la = values.la ?? (site.compare ? neighboursCode(site.compare) : undefined);
    if (!la) throw new UsageError('Say which council to compare with --la, its DfE code or name (for example --la 801), or set compare in data/site.yaml.');
    const report = await runImport({ source: positionals[0]!, la, neighbours: values.neighbours, out: values.out ?? dataDir() });
    for (const line of report.messages) console.log(line);
    for (const p of report.problems) console.error(formatProblem(p));
    if (hasErrors(report.problems)) {
      console.error(`\n${summarise(report.problems)}. Nothing was written.`);
      return 1;
    }
    return 0;
  },
);
