import { describe, expect, it } from 'vitest';
import { decodeUtf8, neutraliseFormula, normaliseHeader, parseCsv, readCsvBytes, toCsv } from './csv';
import { closestMatch } from './suggest';
import { formatProblem } from './problems';

const spec = { required: ['month', 'plans_issued_den'], optional: ['note'] };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('reading CSV as people save it', () => {
  it('reads a UTF-8 byte order mark, Windows line endings and blank trailing rows', () => {
    const { table, problems } = readCsvBytes(bytes('\uFEFFmonth,plans_issued_den\r\n2026-10,91\r\n2026-09,88\r\n,\r\n\r\n'), 'data/x.csv', spec);
    expect(problems).toEqual([]);
    expect(table.rows).toEqual([
      { row: 2, cells: { month: '2026-10', plans_issued_den: '91' } },
      { row: 3, cells: { month: '2026-09', plans_issued_den: '88' } },
    ]);
  });

  it('reads a one-row file whose cells are lists separated by semicolons (not a semicolon-separated file)', () => {
    // With ten or more columns, mostly blank, Papa's delimiter guess used to pick ";" (seen with a one-service import).
    const columns = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const { table, problems } = parseCsv(`${columns.join(',')}\nx,a; b; c; d; e${','.repeat(10)}\n`, 'f.csv', { required: columns });
    expect(problems).toEqual([]);
    expect(table.rows[0]!.cells).toMatchObject({ c0: 'x', c1: 'a; b; c; d; e', c11: '' });
  });

  it('keeps Excel row numbers when a blank row sits in the middle', () => {
    const { table } = parseCsv('month,plans_issued_den\n2026-10,91\n\n2026-08,70\n', 'f.csv', spec);
    expect(table.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('forgives case and spaces in headers', () => {
    expect(normaliseHeader(' Plans Issued Den ')).toBe('plans_issued_den');
    const { problems } = parseCsv('Month,Plans issued den\n2026-10,1\n', 'f.csv', spec);
    expect(problems).toEqual([]);
  });

  it('reports a misspelt header with a suggestion, and the missing required column', () => {
    const { problems } = parseCsv('month,plans_isued_den\n2026-10,91\n', 'data/ehcp-timeliness.csv', spec);
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/ehcp-timeliness.csv, row 1, column "plans_isued_den": Found "plans_isued_den". Expected one of the columns month, plans_issued_den, note. Did you mean plans_issued_den?',
      'Error: data/ehcp-timeliness.csv, row 1, column "plans_issued_den": Expected a column called plans_issued_den. The column "plans_isued_den" may be a misspelling of it.',
    ]);
  });

  it('reports a column given twice', () => {
    const { problems } = parseCsv('month,month,plans_issued_den\n', 'f.csv', spec);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 1, column: 'month', expected: 'each column name once' });
  });

  it('reports an empty header row', () => {
    const { problems } = parseCsv('\n2026-10,91\n', 'f.csv', spec);
    expect(formatProblem(problems[0]!)).toContain('row 1');
    expect(problems[0]!.fix).toBe('The first row of the file is empty.');
  });

  it('ignores an unnamed empty column that Excel sometimes adds', () => {
    expect(parseCsv('month,plans_issued_den,\n2026-10,91,\n', 'f.csv', spec).problems).toEqual([]);
  });
});

describe('rows with the wrong number of cells', () => {
  const review = { required: ['action_id', 'area_id', 'action', 'lead', 'due', 'status'], optional: ['update', 'evidence_url'] };
  const header = 'action_id,area_id,action,lead,due,status,update,evidence_url\n';

  it('reports an unquoted comma once for the row, not as errors in the wrong columns', () => {
    const text = `${header}1.1,A1,Write the plan,Head of SEND,2026-10,on track,,\n` +
      '1.2,A1,Publish "You said, we did" every quarter,Comms lead,2026-12,on track,Started,\n';
    const { table, problems } = parseCsv(text, 'data/improvement-plan/reviews/2026-11-13.csv', review);
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/improvement-plan/reviews/2026-11-13.csv, row 3: Expected one cell for each of the 8 columns in the header. ' +
        'Row 3 has 9 cells but the header has 8: a cell that contains a comma must be in quotes. ' +
        'The comma is probably in the action cell, "Publish "You said, we did" every quarter". ' +
        'In a text editor, put double quotes around the whole cell, for example "Publish ""You said, we did"" every quarter" ' +
        '(a quote mark inside the cell is written twice). Excel and Google Sheets add the quotes for you when they save. ' +
        'If no cell has a comma in it, delete the extra commas at the end of the row.',
    ]);
    expect(table.rows[1]).toMatchObject({ row: 3, misaligned: true });
    expect(table.rows[0]!.misaligned).toBeUndefined();
  });

  it('forgives missing optional cells at the end, and says to delete extra commas at the end', () => {
    const short = parseCsv(`${header}1.2,A1,Plan,Lead,2026-10,on track\n`, 'f.csv', review);
    expect(short.problems).toEqual([]);
    expect(short.table.rows[0]!.cells['update']).toBe('');
    const long = parseCsv(`${header}1.1,A1,Write the plan,Head of SEND,2026-10,on track,,,,\n`, 'f.csv', review);
    expect(long.problems[0]!.fix).toContain('Row 2 has 10 cells but the header has 8');
    expect(long.problems[0]!.fix).toContain('delete the extra commas at the end of the row');
  });

  it('reports a row too short to reach a required column, naming the columns with no cell', () => {
    const { problems } = parseCsv(`${header}1.1,A1,Write the plan,Head of SEND 2026-10\n`, 'f.csv', review);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.row).toBe(2);
    expect(problems[0]!.fix).toMatch(/^Row 2 has 4 cells but the header has 8, so due, status have no cell\. A comma between two cells may be missing/);
  });
});

describe('encodings', () => {
  it('refuses Windows-1252 and says how to save as CSV UTF-8', () => {
    const latin1 = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb, 0x0a]); // "Zoë" in Windows-1252
    const { problems } = decodeUtf8(latin1, 'data/services.csv');
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^Error: data\/services\.csv: Expected a file saved as CSV UTF-8\. .*Windows-1252.*CSV UTF-8 \(Comma delimited\)/);
  });

  it('refuses UTF-16 from "Unicode Text"', () => {
    const { problems } = decodeUtf8(new Uint8Array([0xff, 0xfe, 0x6d, 0x00]), 'f.csv');
    expect(problems[0]!.fix).toContain('UTF-16');
  });

  it('says a workbook given a .csv name is a workbook, not another text encoding', () => {
    for (const start of [[0x50, 0x4b, 0x03, 0x04, 0x14], [0xd0, 0xcf, 0x11, 0xe0, 0xa1]]) {
      const fix = decodeUtf8(new Uint8Array(start), 'f.csv').problems[0]!.fix!;
      expect(fix).toMatch(/^This is a spreadsheet workbook \(such as \.xlsx\) with a \.csv name, not a CSV file\./);
      expect(fix).not.toContain('Windows-1252');
    }
  });

  it('accepts real UTF-8 with accents', () => {
    expect(decodeUtf8(bytes('Zoë'), 'f.csv')).toEqual({ text: 'Zoë', problems: [] });
  });
});

describe('suggestions', () => {
  it('suggests only close names', () => {
    expect(closestMatch('plans_issued_within_20_week', ['plans_issued_within_20_weeks', 'month'])).toBe('plans_issued_within_20_weeks');
    expect(closestMatch('colour', ['plans_issued_den', 'month'])).toBeUndefined();
  });
});

describe('writing open data', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+44', '-x', '@SUM(A1)', 'plain'].map(neutraliseFormula)).toEqual(["'=1+1", "'+44", "'-x", "'@SUM(A1)", 'plain']);
  });

  it('writes numbers as numbers and quotes commas', () => {
    expect(toCsv(['a', 'b'], [{ a: -2.5, b: '=HYPERLINK("x")' }, { a: 3, b: 'one, two' }])).toBe('a,b\r\n-2.5,"\'=HYPERLINK(""x"")"\r\n3,"one, two"\r\n');
  });
});
