/**
 * Fills data/ehcp-national.csv from the DfE timeliness file.
 *   npm run import:dfe -- path/to/timeliness_20_week.csv [--la "Local authority name or code"] [--out data/ehcp-national.csv]
 * With --la, writes that local authority's own annual figures instead of England's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toCsv } from '../src/core/csv';
import { extractComparator } from '../src/ehcp/dfe-import';
import { formatProblem, hasErrors } from '../src/core/problems';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { la: { type: 'string' }, out: { type: 'string' } } });
const source = positionals[0];
if (!source) {
  console.error('Give the path of the DfE file, e.g. npm run import:dfe -- ../shared/fixtures/dfe-sen2-2025/timeliness_20_week.csv');
  process.exit(2);
}
const out = values.out ?? (values.la ? 'data/ehcp-local-annual.csv' : `${process.env['DATA_DIR'] ?? 'data'}/ehcp-national.csv`);
const result = extractComparator(readFileSync(source), source, values.la);
for (const p of result.problems) console.error(formatProblem(p));
if (hasErrors(result.problems)) process.exit(1);
const columns = ['time_period', 'pc_plans_issued_within_20_weeks', 'pc_plans_issued_20_weeks_ex'];
const rows = result.value.map((r) => ({ ...r, pc_plans_issued_within_20_weeks: r.pc_plans_issued_within_20_weeks ?? 'x', pc_plans_issued_20_weeks_ex: r.pc_plans_issued_20_weeks_ex ?? 'x' }));
writeFileSync(out, toCsv(columns, rows).replace(/\r\n/g, '\n'));
console.log(`Wrote ${rows.length} years (${rows[0]?.time_period}–${rows.at(-1)?.time_period}) to ${out}`);
