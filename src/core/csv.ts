import Papa from 'papaparse';
import { closestMatch } from './suggest.ts';
import { problem, type DataProblem } from './problems.ts';

/** A committed file: its path as people see it (for messages) and its bytes. */
export interface SourceFile {
  /** The path as people see it in the repository, e.g. `data/ehcp-timeliness.csv`. */
  path: string;
  bytes: Uint8Array;
}

/** One data row with its number as Excel shows it (the header is row 1). */
export interface CsvRow {
  row: number;
  cells: Record<string, string>;
  /**
   * The row has a different number of cells from the header, so its cells
   * cannot be matched to columns. Reported once for the whole row; the column
   * checks skip it rather than report values in the wrong columns.
   */
  misaligned?: true;
}

export interface CsvTable {
  /** Headers as written in the file, normalised to snake_case. */
  headers: string[];
  rows: CsvRow[];
}

export interface ColumnSpec {
  required: readonly string[];
  optional?: readonly string[];
}

/** A column of a spec: `month`, `plans_issued_den`… */
export type ColumnOf<S extends ColumnSpec> = S['required'][number] | NonNullable<S['optional']>[number];

/** Every column of a spec, required first: the header a file written for it has. */
export function allColumns<S extends ColumnSpec>(spec: S): readonly ColumnOf<S>[] {
  return [...spec.required, ...(spec.optional ?? [])];
}

export const SAVE_AS_UTF8 =
  'In Excel choose File > Save As and pick "CSV UTF-8 (Comma delimited) (*.csv)". In Google Sheets use File > Download > Comma-separated values.';

/** The first bytes of a spreadsheet workbook: a zip file (.xlsx, .ods) or an old Excel file (.xls). */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  const starts = (...b: number[]) => bytes.length >= b.length && b.every((x, i) => bytes[i] === x);
  return starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0);
}

/**
 * Decodes file bytes as UTF-8. Excel's "CSV (Comma delimited)" and "Unicode
 * Text" save in other encodings; we refuse them rather than guess, because a
 * wrong guess silently corrupts names such as "Zoë".
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problems: DataProblem[] } {
  if (looksLikeWorkbook(bytes)) {
    // Not a text encoding at all: a workbook given a .csv name.
    return { text: '', problems: [problem({ file, expected: 'a file saved as CSV UTF-8', fix: `This is a spreadsheet workbook (such as .xlsx) with a .csv name, not a CSV file. Open it and save it again as CSV UTF-8. ${SAVE_AS_UTF8}` })] };
  }
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { text, problems: [] };
    } catch {
      // fall through to the shared message
    }
  }
  return {
    text: '',
    problems: [
      problem({
        file,
        expected: 'a file saved as CSV UTF-8',
        fix: `This file uses another text encoding (${utf16 ? 'UTF-16, from "Unicode Text"' : 'probably Windows-1252, from "CSV (Comma delimited)"'}). ${SAVE_AS_UTF8}`,
      }),
    ],
  };
}

/** "Plans Issued Den " → "plans_issued_den": forgive case and spacing in headers. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Parses CSV text into rows keyed by snake_case header, checking the header row
 * against the columns the file should have. Blank rows (Excel leaves them at the
 * end) are skipped but still counted, so row numbers match what Excel shows.
 */
export function parseCsv(text: string, file: string, spec: ColumnSpec): { table: CsvTable; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const clean = text.replace(/^\uFEFF/, '');
  // Papa guesses the delimiter from the first lines; with one data row whose cells hold "a; b; c" it guesses ";".
  // A header with a comma settles it; otherwise (one column, or a semicolon-separated save) Papa still guesses.
  const delimiter = (clean.split(/\r?\n/, 1)[0] ?? '').includes(',') ? ',' : '';
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false, delimiter });
  const records = parsed.data;
  const [headerCells = [], ...body] = records;
  const headers = headerCells.map(normaliseHeader);
  const known = [...spec.required, ...(spec.optional ?? [])];

  if (isBlank(headerCells)) {
    problems.push(
      problem({ file, row: 1, expected: `a header row with the columns ${spec.required.join(', ')}`, fix: 'The first row of the file is empty.' }),
    );
    return { table: { headers: [], rows: [] }, problems };
  }

  headers.forEach((header, index) => {
    if (header === '' && body.every((cells) => (cells[index] ?? '').trim() === '')) return;
    if (!known.includes(header)) {
      const suggestion = closestMatch(header, known);
      problems.push(
        problem({
          file,
          row: 1,
          column: headerCells[index]?.trim() || `(column ${index + 1})`,
          value: headerCells[index] ?? '',
          expected: `one of the columns ${known.join(', ')}`,
          fix: suggestion ? `Did you mean ${suggestion}?` : 'Remove this column or rename it.',
        }),
      );
    }
  });
  headers.forEach((header, index) => {
    if (header !== '' && headers.indexOf(header) !== index) {
      problems.push(
        problem({ file, row: 1, column: header, value: headerCells[index] ?? '', expected: 'each column name once', fix: 'Delete or rename the second copy of this column.' }),
      );
    }
  });
  for (const column of spec.required) {
    if (!headers.includes(column)) {
      const nearby = headers.filter((h) => !known.includes(h)).find((h) => closestMatch(h, [column]) === column);
      problems.push(
        problem({
          file,
          row: 1,
          column,
          expected: `a column called ${column}`,
          fix: nearby ? `The column "${nearby}" may be a misspelling of it.` : 'Add this column to the header row.',
        }),
      );
    }
  }

  for (const error of parsed.errors) {
    // Papa reports a stray quote or a ragged row; the row index is 0-based over all records.
    if (error.code === 'TooFewFields' || error.code === 'TooManyFields' || error.row === undefined) continue;
    problems.push(problem({ file, row: error.row + 1, expected: 'quotes that open and close in the same cell', fix: error.message }));
  }

  const width = headerCells.length;
  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const record: Record<string, string> = {};
    headers.forEach((header, column) => {
      if (header !== '') record[header] = (cells[column] ?? '').trim();
    });
    const row = index + 2;
    const misfit = cellCountProblem(cells, width, headers, spec, file, row);
    if (misfit) problems.push(misfit);
    rows.push(misfit ? { row, cells: record, misaligned: true } : { row, cells: record });
  });
  return { table: { headers, rows }, problems };
}

/**
 * A row with more cells than the header almost always holds a comma typed in a
 * cell without quotes, which shifts every later cell one column to the right
 * (an empty optional cell at the end hides it, so count cells, not filled
 * cells). A row with fewer cells is only a problem when a required column has
 * no cell at all: editors often leave off empty optional cells at the end.
 */
export function cellCountProblem(
  cells: readonly string[],
  width: number,
  headers: readonly string[],
  spec: ColumnSpec,
  file: string,
  row: number,
): DataProblem | undefined {
  const plural = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
  const expected = `one cell for each of the ${width} columns in the header`;
  if (cells.length > width) {
    const onlyEmptyExtras = cells.slice(width).every((c) => c.trim() === '');
    // People type a space after a comma in a sentence, so a cell that starts with one is where the split is.
    const split = cells.findIndex((c, i) => i > 0 && /^ \S/.test(c) && (cells[i - 1] ?? '').trim() !== '');
    const where = split > 0 && headers[split - 1]
      ? ` The comma is probably in the ${headers[split - 1]} cell, "${cells[split - 1]},${cells[split]}".`
      : '';
    return problem({
      file,
      row,
      expected,
      fix:
        `Row ${row} has ${plural(cells.length)} but the header has ${width}: a cell that contains a comma must be in quotes.${where} ` +
        'In a text editor, put double quotes around the whole cell, for example "Publish ""You said, we did"" every quarter" ' +
        '(a quote mark inside the cell is written twice). Excel and Google Sheets add the quotes for you when they save.' +
        (onlyEmptyExtras ? ' If no cell has a comma in it, delete the extra commas at the end of the row.' : ''),
    });
  }
  const missing = spec.required.filter((column) => headers.indexOf(column) >= cells.length);
  if (missing.length > 0) {
    return problem({
      file,
      row,
      expected,
      fix:
        `Row ${row} has ${plural(cells.length)} but the header has ${width}, so ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no cell. ` +
        'A comma between two cells may be missing: every row needs a comma between each cell, even an empty one.',
    });
  }
  return undefined;
}

/** Reads and parses a CSV file given its bytes. */
export function readCsvBytes(bytes: Uint8Array, file: string, spec: ColumnSpec): { table: CsvTable; problems: DataProblem[] } {
  const decoded = decodeUtf8(bytes, file);
  if (decoded.problems.length > 0) return { table: { headers: [], rows: [] }, problems: decoded.problems };
  return parseCsv(decoded.text, file, spec);
}

/** A cell that a spreadsheet would run as a formula is prefixed with ' so it shows as text. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Writes rows as CSV for open data downloads, with formulas neutralised. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number | null | undefined>[]): string {
  // Numbers are written as they are (a negative change is not a formula); text is neutralised.
  const data = rows.map((r) => columns.map((c) => {
    const cell = r[c];
    return typeof cell === 'number' ? String(cell) : neutraliseFormula(cell ?? '');
  }));
  return Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' }) + '\r\n';
}
