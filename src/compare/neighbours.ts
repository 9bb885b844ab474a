/**
 * DfE's children's services statistical neighbours: for each local authority,
 * the 10 most similar, in order, each with how close it is. Read from the long
 * CSV form or from the rows of DfE's workbook (`neighbours-xlsx.node.ts`), then
 * checked against the release: we join on DfE's 3-digit codes, never names.
 */
import { z } from 'zod';
import { readCsvBytes } from '../core/csv';
import { count, oneOf, optionalText } from '../core/fields';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { quoteAsTyped, validateRows } from '../core/validate';
import type { LocalAuthority } from './release';

export const PROXIMITIES = ['extremely close', 'very close', 'close', 'somewhat close', 'not close'] as const;

/** "very close" → "Very close", as DfE mostly writes it. */
export function proximityLabel(p: string): string {
  return p.charAt(0).toUpperCase() + p.slice(1);
}

export const NEIGHBOUR_LIST_COLUMNS = {
  required: ['la_code_old', 'sn_rank', 'sn_la_code_old', 'sn_proximity'],
  optional: ['la_name', 'go_ind', 'go_region', 'sn_la_name'],
} as const;

const laCode = z.string().regex(/^\d{3}$/, { message: "DfE's 3-digit local authority code, such as 801" });

const listRowSchema = z.object({
  la_code_old: laCode,
  la_name: optionalText.optional(),
  sn_rank: count,
  sn_la_code_old: laCode,
  sn_la_name: optionalText.optional(),
  sn_proximity: oneOf(PROXIMITIES),
});

export type NeighbourListRow = z.output<typeof listRowSchema> & { row: number };

/** The long CSV: one row per local authority and neighbour. */
export function readNeighbourCsv(bytes: Uint8Array, file: string): Checked<NeighbourListRow[]> {
  const { table, problems } = readCsvBytes(bytes, file, NEIGHBOUR_LIST_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, listRowSchema, file);
  return { value: records, problems: quoteAsTyped([...problems, ...rowProblems], { file, table }) };
}

const tidy = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * The workbook's rows (as read from the sheet), in DfE's wide layout: a header
 * row with `LA number`, `LA Name`, `SN1`, `SNP`, … `SN10`, `SNP`, then one row
 * per local authority until the first empty row (below it DfE keeps old lists).
 */
export function neighboursFromSheet(rows: readonly (readonly unknown[])[], file: string): Checked<NeighbourListRow[]> {
  const headerAt = rows.findIndex((r) => r.some((c) => /^sn1$/i.test(tidy(c))) && r.some((c) => /^la num(ber)?$/i.test(tidy(c))));
  if (headerAt === -1) {
    return { value: [], problems: [problem({ file, expected: 'a sheet with a header row naming LA number, LA Name and SN1 to SN10 (DfE\'s layout, sheet "LA SN Groups")', fix: 'Check this is DfE\'s statistical neighbours workbook, or use the long CSV form of the list.' })] };
  }
  const header = rows[headerAt]!.map((c) => tidy(c).toLowerCase());
  const codeCol = header.indexOf('la number') !== -1 ? header.indexOf('la number') : header.indexOf('la num');
  const nameCol = header.indexOf('la name');
  const snCols = Array.from({ length: 10 }, (_, i) => header.indexOf(`sn${i + 1}`));
  const problems: DataProblem[] = [];
  snCols.forEach((col, i) => {
    if (col === -1) problems.push(problem({ file, row: headerAt + 1, column: `SN${i + 1}`, expected: `a column SN${i + 1} followed by its closeness (SNP)` }));
  });
  if (problems.length > 0) return { value: [], problems };

  const value: NeighbourListRow[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.every((c) => tidy(c) === '')) break;
    const excelRow = i + 1;
    snCols.forEach((col, rank) => {
      const cells = { la_code_old: tidy(r[codeCol]), la_name: tidy(r[nameCol]), sn_rank: String(rank + 1), sn_la_code_old: tidy(r[col]), sn_proximity: tidy(r[col + 1]) };
      const parsed = listRowSchema.safeParse(cells);
      if (parsed.success) {
        value.push({ ...parsed.data, row: excelRow });
        return;
      }
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        const column = key === 'sn_la_code_old' ? `SN${rank + 1}` : key === 'sn_proximity' ? `SNP after SN${rank + 1}` : tidy(rows[headerAt]![codeCol]);
        problems.push(problem({ file, row: excelRow, column, value: cells[key as keyof typeof cells], expected: issue.message }));
      }
    });
  }
  return { value, problems };
}

/** A local authority's 10 neighbours, checked against the local authorities in the release. */
export function neighboursOf(list: readonly NeighbourListRow[], la: LocalAuthority, las: readonly LocalAuthority[], file: string, release: string): Checked<NeighbourListRow[]> {
  const inRelease = new Map(las.map((l) => [l.code, l]));
  const rows = list.filter((r) => r.la_code_old === la.code).sort((a, b) => a.sn_rank - b.sn_rank);
  if (rows.length === 0) {
    return { value: [], problems: [problem({ file, value: la.code, expected: `a list that gives the neighbours of ${la.name} (${la.code})`, fix: `The list has no row for ${la.code}. Check it is DfE's list for the same years as the ${release}.` })] };
  }
  const problems: DataProblem[] = [];
  const ranks = rows.map((r) => r.sn_rank).join(',');
  if (ranks !== '1,2,3,4,5,6,7,8,9,10') {
    problems.push(problem({ file, row: rows[0]!.row, value: ranks, expected: `10 neighbours for ${la.name}, ranked 1 to 10` }));
  }
  const listCodes = new Set(list.flatMap((r) => [r.la_code_old, r.sn_la_code_old]));
  const unknown = [...listCodes].filter((c) => !inRelease.has(c));
  for (const r of rows) {
    if (inRelease.has(r.sn_la_code_old)) continue;
    problems.push(problem({
      file,
      row: r.row,
      column: 'sn_la_code_old',
      value: r.sn_la_code_old + (r.sn_la_name ? ` (${r.sn_la_name})` : ''),
      expected: `the code of a local authority in the ${release}`,
      fix: `${unknown.length} of the ${listCodes.size} codes in this list are not in the release (${unknown.slice(0, 5).join(', ')}). Local authorities merge and split, so use the neighbours list published for the same years as the release.`,
    }));
  }
  return { value: rows, problems };
}
