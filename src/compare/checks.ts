/**
 * Checks across the comparison files, the site configuration and the EHCP
 * page's England line, so a stale or mismatched import stops the build with
 * a message rather than publishing the wrong comparison.
 */
import { problem, type DataProblem } from '../core/problems';
import { closestMatch } from '../core/suggest';
import type { CompareConfig } from '../config/site-schema';
import { neighboursCode } from '../config/site-schema';
import type { EhcpNationalYear } from '../ehcp/read';
import type { CompareData } from './comparators';

export interface CompareFiles {
  values: string;
  neighbours: string;
  national: string;
  /** The site configuration, which names the council and region to compare. */
  config: string;
}

const RERUN = 'Run npm run import:dfe again (see docs/publishing.md): it writes every comparison file from one release.';

export function checkCompare(data: CompareData, config: CompareConfig, national: readonly EhcpNationalYear[], files: CompareFiles): DataProblem[] {
  const problems: DataProblem[] = [];
  // Local authorities in each measure's latest year: older years still have councils that have since merged or split.
  const latest = new Map<string, string>();
  for (const v of data.values) if ((latest.get(v.measure) ?? '') < v.time_period) latest.set(v.measure, v.time_period);
  const laCodes = new Set(data.values.filter((v) => v.geographic_level === 'Local authority' && latest.get(v.measure) === v.time_period).map((v) => v.old_la_code));
  const regions = [...new Set(data.values.filter((v) => v.geographic_level === 'Regional').map((v) => v.region_name ?? ''))];

  const wanted = neighboursCode(config);
  const other = data.neighbours.find((n) => n.la_code !== wanted);
  if (other) {
    problems.push(problem({ file: files.neighbours, row: data.neighbours.indexOf(other) + 2, column: 'la_code', value: other.la_code, expected: `the neighbours of ${wanted}, the council named in ${files.config} (compare)`, fix: `${RERUN} Give --la ${wanted}, or change the site configuration.` }));
  }
  if (data.neighbours.length !== 10) {
    problems.push(problem({ file: files.neighbours, value: `${data.neighbours.length} rows`, expected: '10 statistical neighbours, one row each', fix: RERUN }));
  }
  data.neighbours.forEach((n, i) => {
    if (!laCodes.has(n.sn_la_code)) problems.push(problem({ file: files.neighbours, row: i + 2, column: 'sn_la_code', value: n.sn_la_code, expected: `a local authority in the latest figures in ${files.values}`, fix: RERUN }));
  });
  if (data.values.length > 0 && !regions.some((r) => r.toLowerCase() === config.region.trim().toLowerCase())) {
    const suggestion = closestMatch(config.region, regions, { ignoreCase: true });
    problems.push(problem({ file: files.config, column: 'compare.region', value: config.region, expected: `a region as DfE names it: ${regions.join(', ')}`, fix: suggestion ? `Did you mean ${suggestion}?` : undefined }));
  }
  if (config.laCode !== null && data.values.length > 0 && !laCodes.has(config.laCode)) {
    problems.push(problem({ file: files.config, column: 'compare.laCode', value: config.laCode, expected: `a local authority code in ${files.values}`, fix: 'Check the code against DfE\'s list (la-code-list.csv), or use null for a sample area.' }));
  }
  problems.push(...checkEnglandLine(data, national, files));
  return problems;
}

/** The EHCP page's England line must be the same figures as the comparison's England rows. */
export function checkEnglandLine(data: CompareData, national: readonly EhcpNationalYear[], files: CompareFiles): DataProblem[] {
  const problems: DataProblem[] = [];
  const england = (measure: string, year: number) => data.values.find((v) => v.measure === measure && v.geographic_level === 'National' && v.time_period === String(year));
  for (const n of national) {
    const pairs = [['plans_20_weeks', 'pc_plans_issued_within_20_weeks', n.pc_plans_issued_within_20_weeks], ['plans_20_weeks_ex', 'pc_plans_issued_20_weeks_ex', n.pc_plans_issued_20_weeks_ex]] as const;
    for (const [measure, column, ours] of pairs) {
      const theirs = england(measure, n.time_period);
      if (!theirs || theirs.value === ours) continue;
      problems.push(problem({
        file: files.national,
        column,
        value: `${ours ?? 'x'} for ${n.time_period}`,
        expected: `${theirs.value ?? 'x'}, England's figure for ${n.time_period} in ${files.values} (${theirs.release})`,
        fix: RERUN,
      }));
    }
  }
  return problems;
}
