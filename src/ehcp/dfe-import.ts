/**
 * Reads the DfE "Education, health and care plans" timeliness file
 * (`timeliness_20_week.csv`, Explore Education Statistics) and picks out the
 * England rows, or one local authority's rows, for the comparator file.
 */
import { z } from 'zod';
import { readCsvBytes } from '../core/csv';
import { optionalPercentage, text } from '../core/fields';
import { problem, type Checked } from '../core/problems';
import { validateRows } from '../core/validate';

export const DFE_COLUMNS = {
  required: ['time_period', 'geographic_level', 'breakdown_topic', 'pc_plans_issued_within_20_weeks'],
  // The real file has many more columns; we read only these and ignore the rest.
  optional: [
    'time_identifier', 'country_code', 'country_name', 'region_code', 'region_name', 'new_la_code', 'old_la_code', 'la_name', 'breakdown',
    'plans_issued_den', 'plans_issued_den_ex', 'plans_issued_within_20_weeks', 'plans_issued_20_weeks_ex', 'pc_plans_issued_20_weeks_ex',
    'plans_issued_gt20weeks_ltyear', 'plans_issued_gt20weeks_ltyear_ex', 'pc_plans_issued_gt20weeks_ltyear', 'pc_plans_issued_gt20weeks_ltyear_ex',
    'plans_issued_gt_1_year', 'plans_issued_gt_1_year_ex', 'pc_plans_issued_gt_1_year', 'pc_plans_issued_gt_1_year_ex',
  ],
} as const;

const dfeRowSchema = z.object({
  time_period: text,
  geographic_level: text,
  breakdown_topic: text,
  la_name: z.string().optional(),
  new_la_code: z.string().optional(),
  old_la_code: z.string().optional(),
  pc_plans_issued_within_20_weeks: optionalPercentage,
  pc_plans_issued_20_weeks_ex: optionalPercentage.optional(),
});

/** One row of `data/ehcp-national.csv`. */
export interface ComparatorRow {
  time_period: number;
  pc_plans_issued_within_20_weeks: number | undefined;
  pc_plans_issued_20_weeks_ex: number | undefined;
}

/**
 * The "All EHC plans issued" rows for England, or for the local authority whose
 * name or code is `la` (matched without regard to case).
 */
export function extractComparator(bytes: Uint8Array, file: string, la?: string): Checked<ComparatorRow[]> {
  const { table, problems } = readCsvBytes(bytes, file, DFE_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, dfeRowSchema, file);
  problems.push(...rowProblems);
  const wanted = la?.trim().toLowerCase();
  const matches = records.filter((r) => {
    if (r.breakdown_topic !== 'All EHC plans issued') return false;
    if (wanted === undefined) return r.geographic_level === 'National';
    return r.geographic_level === 'Local authority' && [r.la_name, r.new_la_code, r.old_la_code].some((v) => v?.trim().toLowerCase() === wanted);
  });
  if (matches.length === 0 && problems.length === 0) {
    problems.push(
      problem({ file, expected: wanted === undefined ? 'rows for England (geographic_level National)' : `rows for the local authority "${la}"`, fix: 'Check this is the DfE timeliness_20_week.csv file and the name or code is spelt as in the la_name column.' }),
    );
  }
  const value = matches
    .map((r) => ({ time_period: Number(r.time_period), pc_plans_issued_within_20_weeks: r.pc_plans_issued_within_20_weeks, pc_plans_issued_20_weeks_ex: r.pc_plans_issued_20_weeks_ex }))
    .sort((a, b) => a.time_period - b.time_period);
  return { value, problems };
}
