/**
 * Reading the indicator suite: indicators.csv, then values.csv checked against
 * it. Every problem in both files is collected, so one run lists them all.
 * Browser-safe: no Node imports (files arrive as bytes).
 */
import { isoMonth } from '../core/dates';
import { readCsvBytes, type CsvTable, type SourceFile } from '../core/csv';
import { closestMatch } from '../core/suggest';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { findDuplicates, quoteAsTyped, validateRows, type WithRow } from '../core/validate';
import { KIND_OF, PERIOD_EXAMPLE } from './period';
import { INDICATORS_COLUMNS, indicatorSchema, RESERVED_IDS, VALUES_COLUMNS, valueSchema, type Indicator, type IndicatorValue } from './schema';

export interface IndicatorSuite {
  /** In file order, each remembering its Excel row (for cross-file messages). */
  indicators: WithRow<Indicator>[];
  /** Grouped by indicator in file order, oldest period first. */
  values: WithRow<IndicatorValue>[];
  /** Paths of the two files, for "Source:" lines and last-updated dates. */
  files: { indicators: string; values: string };
}

function indicatorChecks(records: WithRow<Indicator>[], file: string): DataProblem[] {
  const problems = findDuplicates(records, (r) => r.id, file, 'id', 'indicator id');
  for (const r of records) {
    const at = { file, row: r.row };
    if ((RESERVED_IDS as readonly string[]).includes(r.id)) {
      problems.push(problem({
        ...at, column: 'id', value: r.id,
        expected: `an id other than ${RESERVED_IDS.join(' or ')}`,
        fix: `/data/${r.id}/ is already a page (the EHCP 20-week figures come from their own file, and /data/compare/ compares us with England). Choose another id.`,
      }));
    }
    if (r.measure === 'percentage' && r.unit !== '%') {
      problems.push(problem({ ...at, column: 'unit', value: r.unit, expected: '% for a percentage indicator', fix: 'A percentage is always shown with the % sign. Type % in the unit column.' }));
    }
    if (r.target !== undefined && r.better === 'neither') {
      problems.push(problem({
        ...at, column: 'target', value: String(r.target),
        expected: 'no target, because better is "neither"',
        fix: 'A target needs to know which way is better. Set better to higher or lower, or leave target empty.',
      }));
    }
    if (r.target !== undefined && (r.target < 0 || (r.measure === 'percentage' && r.target > 100))) {
      problems.push(problem({ ...at, column: 'target', value: String(r.target), expected: r.measure === 'percentage' ? 'a percentage from 0 to 100' : 'a number, 0 or more' }));
    }
    if (r.target_by !== undefined && r.target === undefined) {
      problems.push(problem({ ...at, column: 'target_by', value: r.target_by, expected: 'a target in the target column as well', fix: 'Fill in the target, or leave target_by empty.' }));
    }
  }
  return problems;
}

/** The month `today` is in, `YYYY-MM`. */
function currentMonth(today: Date): string {
  return isoMonth(today);
}

/** Ids as typed in indicators.csv, so a values row is not called unknown when its indicator row has another mistake. */
function typedIds(table: CsvTable): string[] {
  return table.rows.map((r) => (r.cells['id'] ?? '').trim()).filter((id) => id !== '');
}

/** Problems with one row of values.csv, given its indicator. */
function valueRowChecks(v: WithRow<IndicatorValue>, ind: WithRow<Indicator>, file: string, indicatorsFile: string, today: Date): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = { file, row: v.row };
  const kind = KIND_OF[ind.frequency];
  if (v.period.kind !== kind) {
    problems.push(problem({
      ...at, column: 'period', value: v.period.key,
      expected: `${PERIOD_EXAMPLE[kind]}, because ${ind.id} is ${ind.frequency} (${indicatorsFile}, row ${ind.row})`,
      fix: `Give the ${kind} this figure is for, or change the indicator's frequency in ${indicatorsFile}.`,
    }));
  }
  const now = currentMonth(today);
  if (v.period.start > now) {
    problems.push(problem({ ...at, column: 'period', value: v.period.key, expected: `a period that has started (this month is ${now})`, fix: 'Check the year: figures cannot be published for a period that has not begun.' }));
  }
  const hasNum = v.numerator !== undefined;
  const hasDen = v.denominator !== undefined;
  const hasValue = v.value !== undefined;
  if (ind.measure === 'percentage') {
    if (hasValue) {
      problems.push(problem({
        ...at, column: 'value', value: String(v.value),
        expected: `numerator and denominator, not value, because ${ind.id} is a percentage`,
        fix: 'Put how many met the measure in numerator and how many there were in all in denominator, and leave value empty. The site works out the percentage, so it is never typed.',
      }));
    } else if (hasNum !== hasDen) {
      const missing = hasNum ? 'denominator' : 'numerator';
      problems.push(problem({ ...at, column: missing, value: '', expected: 'both numerator and denominator', fix: `Fill in ${missing} for this period, or leave both empty and say why in the note column.` }));
    } else if (!hasNum && v.note === undefined) {
      problems.push(problem({ ...at, column: 'numerator', value: '', expected: 'numerator and denominator, or a note saying why there is no figure for this period' }));
    }
    if (hasNum && hasDen && v.numerator! > v.denominator!) {
      problems.push(problem({
        ...at, column: 'numerator', value: String(v.numerator),
        expected: `a number no bigger than denominator (${v.denominator})`,
        fix: 'The numerator is part of the denominator, so it cannot be more. Check the two columns are not swapped.',
      }));
    }
    return problems;
  }
  if (hasNum || hasDen) {
    const column = hasNum ? 'numerator' : 'denominator';
    problems.push(problem({
      ...at, column, value: String(hasNum ? v.numerator : v.denominator),
      expected: `the figure in value, because ${ind.id} is ${ind.measure === 'count' ? 'a count' : 'an average'}`,
      fix: 'Only percentages use numerator and denominator. Move the figure to value and leave these two empty.',
    }));
  } else if (!hasValue && v.note === undefined) {
    problems.push(problem({ ...at, column: 'value', value: '', expected: 'a figure, or a note saying why there is no figure for this period' }));
  }
  if (hasValue && ind.measure === 'count' && (!Number.isInteger(v.value) || v.value! < 0)) {
    problems.push(problem({ ...at, column: 'value', value: String(v.value), expected: `a whole number, 0 or more, because ${ind.id} is a count` }));
  }
  if (hasValue && ind.measure === 'average' && v.value! < 0) {
    problems.push(problem({ ...at, column: 'value', value: String(v.value), expected: 'a number, 0 or more' }));
  }
  return problems;
}

function valueChecks(
  values: WithRow<IndicatorValue>[],
  indicators: WithRow<Indicator>[],
  ids: string[],
  files: IndicatorSuite['files'],
  today: Date,
): { problems: DataProblem[]; kept: WithRow<IndicatorValue>[] } {
  const problems: DataProblem[] = [];
  const kept: WithRow<IndicatorValue>[] = [];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const v of values) {
    if (!ids.includes(v.indicator_id)) {
      const suggestion = closestMatch(v.indicator_id, ids);
      problems.push(problem({
        file: files.values, row: v.row, column: 'indicator_id', value: v.indicator_id,
        expected: `the id of an indicator in ${files.indicators}`,
        fix: suggestion ? `Did you mean ${suggestion}?` : `Check the spelling, or add the indicator to ${files.indicators} first.`,
      }));
      continue;
    }
    const ind = byId.get(v.indicator_id);
    if (!ind) continue; // its row in indicators.csv has a problem of its own, reported there
    const rowProblems = valueRowChecks(v, ind, files.values, files.indicators, today);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) kept.push(v);
  }
  for (const ind of indicators) {
    const own = values.filter((v) => v.indicator_id === ind.id);
    problems.push(...findDuplicates(own, (v) => v.period.key, files.values, 'period', `period for ${ind.id}`));
    if (own.length === 0) {
      problems.push(problem({
        file: files.values, severity: 'warning',
        expected: `at least one row for ${ind.id} (${files.indicators}, row ${ind.row})`,
        fix: 'Its card says there are no figures yet until you add some.',
      }));
    }
  }
  return { problems, kept };
}

/** Problems file by file (indicators first), then row by row, as a person works down a spreadsheet. */
function inReadingOrder(problems: DataProblem[], files: IndicatorSuite['files']): DataProblem[] {
  const fileRank = (p: DataProblem) => (p.file === files.indicators ? 0 : 1);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => fileRank(a.p) - fileRank(b.p) || (a.p.row ?? Infinity) - (b.p.row ?? Infinity) || a.i - b.i)
    .map(({ p }) => p);
}

/** Reads and checks both files; `value.values` holds only rows with no problems. */
export function readIndicatorSuite(indicatorsFile: SourceFile, valuesFile: SourceFile, today: Date): Checked<IndicatorSuite> {
  const files = { indicators: indicatorsFile.path, values: valuesFile.path };
  const defs = readCsvBytes(indicatorsFile.bytes, files.indicators, INDICATORS_COLUMNS);
  const vals = readCsvBytes(valuesFile.bytes, files.values, VALUES_COLUMNS);
  const indicatorRows = validateRows(defs.table, indicatorSchema, files.indicators);
  const valueRows = validateRows(vals.table, valueSchema, files.values);
  // An indicator row with a mistake of its own (a target on "neither") still checks its values,
  // so one run lists every problem; a repeated id keeps its first row.
  const indicators = indicatorRows.records.filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i);
  const checked = valueChecks(valueRows.records, indicators, typedIds(defs.table), files, today);
  const order = new Map(indicators.map((ind, i) => [ind.id, i]));
  const values = checked.kept.sort((a, b) => order.get(a.indicator_id)! - order.get(b.indicator_id)! || a.period.key.localeCompare(b.period.key));
  const problems = [
    ...defs.problems, ...indicatorRows.problems, ...indicatorChecks(indicatorRows.records, files.indicators),
    ...vals.problems, ...valueRows.problems, ...checked.problems,
  ];
  return { value: { indicators, values, files }, problems: quoteAsTyped(inReadingOrder(problems, files), { file: files.indicators, table: defs.table }, { file: files.values, table: vals.table }) };
}
