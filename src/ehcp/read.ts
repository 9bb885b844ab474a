/**
 * Reading and checking `data/ehcp-timeliness.csv` and `data/ehcp-national.csv`.
 * Measure names follow the DfE SEN2 file `timeliness_20_week.csv`.
 */
import { isoMonth } from '../core/dates';
import { z } from 'zod';
import { readCsvBytes } from '../core/csv';
import { count, month, optionalCount, optionalPercentage, optionalText, type Month } from '../core/fields';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { findDuplicates, quoteAsTyped, validateRows } from '../core/validate';

export const EHCP_TIMELINESS_COLUMNS = {
  required: ['month', 'plans_issued_den', 'plans_issued_within_20_weeks'],
  optional: ['plans_issued_den_ex', 'plans_issued_20_weeks_ex', 'requests_received', 'note'],
} as const;

export const ehcpMonthSchema = z.object({
  /** The month the plans were issued, as `YYYY-MM`. */
  month,
  /** New EHC plans issued that month, including exceptions. */
  plans_issued_den: count,
  /** Of those, issued within 20 weeks. */
  plans_issued_within_20_weeks: count,
  /** Plans issued, excluding permitted exceptions. */
  plans_issued_den_ex: optionalCount.optional(),
  /** Of those, issued within 20 weeks. */
  plans_issued_20_weeks_ex: optionalCount.optional(),
  /** Requests for an EHC needs assessment received. */
  requests_received: optionalCount.optional(),
  /** A footnote shown with that month. */
  note: optionalText.optional(),
});

export type EhcpMonth = z.output<typeof ehcpMonthSchema>;

/** The month `today` falls in, as `YYYY-MM`. */
export function monthOf(today: Date): Month {
  return isoMonth(today);
}

/** Checks that hold across columns of one row or across rows. */
function crossCheck(records: (EhcpMonth & { row: number })[], file: string, today: Date): DataProblem[] {
  const problems: DataProblem[] = [];
  const current = monthOf(today);
  for (const r of records) {
    if (r.plans_issued_within_20_weeks > r.plans_issued_den) {
      problems.push(
        problem({
          file,
          row: r.row,
          column: 'plans_issued_within_20_weeks',
          value: String(r.plans_issued_within_20_weeks),
          expected: `a number no bigger than plans_issued_den (${r.plans_issued_den})`,
          fix: 'Plans issued within 20 weeks are part of all plans issued, so they cannot be more. Check the two columns are not swapped.',
        }),
      );
    }
    const { plans_issued_den_ex: denEx, plans_issued_20_weeks_ex: withinEx } = r;
    if ((denEx === undefined) !== (withinEx === undefined)) {
      const missing = denEx === undefined ? 'plans_issued_den_ex' : 'plans_issued_20_weeks_ex';
      problems.push(
        problem({ file, row: r.row, column: missing, value: '', expected: 'both figures excluding exceptions, or neither', fix: 'Fill in both columns for this month or leave both empty.' }),
      );
    }
    if (denEx !== undefined && withinEx !== undefined && withinEx > denEx) {
      problems.push(
        problem({ file, row: r.row, column: 'plans_issued_20_weeks_ex', value: String(withinEx), expected: `a number no bigger than plans_issued_den_ex (${denEx})` }),
      );
    }
    if (denEx !== undefined && denEx > r.plans_issued_den) {
      problems.push(
        problem({
          file,
          row: r.row,
          column: 'plans_issued_den_ex',
          value: String(denEx),
          expected: `a number no bigger than plans_issued_den (${r.plans_issued_den})`,
          fix: 'Plans excluding exceptions are some of all plans issued, so they cannot be more.',
        }),
      );
    }
    if (r.month > current) {
      problems.push(
        problem({ file, row: r.row, column: 'month', value: r.month, expected: `a month that has started (this month is ${current} or earlier)`, fix: 'Check the year: figures cannot be published for a month that has not begun.' }),
      );
    }
  }
  problems.push(...findDuplicates(records, (r) => r.month, file, 'month', 'month'));
  return problems;
}

/** Reads the monthly timeliness file; the result is sorted oldest first. */
export function readEhcpTimeliness(bytes: Uint8Array, file: string, today: Date): Checked<EhcpMonth[]> {
  const { table, problems } = readCsvBytes(bytes, file, EHCP_TIMELINESS_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, ehcpMonthSchema, file);
  problems.push(...rowProblems, ...crossCheck(records, file, today));
  // No rows is a new area before its first figures: the pages say "No figures yet".
  const value = records.map(({ row: _row, ...rest }) => rest).sort((a, b) => a.month.localeCompare(b.month));
  return { value, problems: quoteAsTyped(problems, { file, table }) };
}

export const EHCP_NATIONAL_COLUMNS = {
  required: ['time_period', 'pc_plans_issued_within_20_weeks'],
  optional: ['pc_plans_issued_20_weeks_ex'],
} as const;

export const ehcpNationalSchema = z.object({
  /** Calendar year, e.g. 2024. */
  time_period: z.string().transform((raw, ctx) => {
    if (!/^\d{4}$/.test(raw.trim())) {
      ctx.addIssue({ code: 'custom', message: 'a calendar year such as 2024' });
      return z.NEVER;
    }
    return Number(raw.trim());
  }),
  /** England: percentage of new plans issued within 20 weeks, including exceptions. */
  pc_plans_issued_within_20_weeks: optionalPercentage,
  /** England: the same, excluding exceptions. */
  pc_plans_issued_20_weeks_ex: optionalPercentage.optional(),
});

export type EhcpNationalYear = z.output<typeof ehcpNationalSchema>;

/** Reads the England comparator file; sorted oldest year first. */
export function readEhcpNational(bytes: Uint8Array, file: string): Checked<EhcpNationalYear[]> {
  const { table, problems } = readCsvBytes(bytes, file, EHCP_NATIONAL_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, ehcpNationalSchema, file);
  problems.push(...rowProblems, ...findDuplicates(records, (r) => String(r.time_period), file, 'time_period', 'year'));
  const value = records.map(({ row: _row, ...rest }) => rest).sort((a, b) => a.time_period - b.time_period);
  return { value, problems: quoteAsTyped(problems, { file, table }) };
}

export interface EhcpData {
  /** Oldest month first. */
  months: EhcpMonth[];
  /** Oldest year first. */
  national: EhcpNationalYear[];
  /** Paths of the files the figures came from, for "Source:" lines and "last updated". */
  files: { timeliness: string; national: string };
}
