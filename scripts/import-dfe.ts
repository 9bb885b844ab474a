/**
 * Fills data/compare/ (and the EHCP page's England line, data/ehcp-national.csv)
 * from the DfE "Education, health and care plans" release:
 *   npm run import:dfe -- <release folder or one file> [--la <code, E-code or name>] [--neighbours <list.xlsx or long .csv>]
 * --la defaults to the council in data/site.yaml (its own code, or the one a
 * sample area borrows neighbours from). Nothing is written if anything is wrong.
 */
import { parseArgs } from 'node:util';
import { neighboursCode } from '../src/config/site-schema';
import { site } from '../src/config/site.node.ts';
import { dataDir } from '../src/core/files.node.ts';
import { formatProblem, hasErrors, summarise } from '../src/core/problems';
import { runImport } from '../src/compare/import.node.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { la: { type: 'string' }, neighbours: { type: 'string' }, out: { type: 'string' } } });
const source = positionals[0];
if (!source) {
  console.error('Give the DfE release folder (or one of its files), e.g.\n  npm run import:dfe -- ../shared/fixtures/dfe-sen2-2025 --neighbours ../shared/fixtures/dfe-statistical-neighbours/sn_may_2025.xlsx');
  process.exit(2);
}
const la = values.la ?? (site.compare ? neighboursCode(site.compare) : undefined);
if (!la) {
  console.error('Say which council to compare with --la, its DfE code or name (for example --la 801), or set compare in data/site.yaml.');
  process.exit(2);
}
const report = await runImport({ source, la, neighbours: values.neighbours, out: values.out ?? dataDir() });
for (const line of report.messages) console.log(line);
for (const p of report.problems) console.error(formatProblem(p));
if (hasErrors(report.problems)) {
  console.error(`\n${summarise(report.problems)}. Nothing was written.`);
  process.exit(1);
}
