/**
 * DfE's statistical neighbours workbook (`sn_may_2025.xlsx`), read with
 * read-excel-file. A file that is not a readable workbook is a clear message,
 * never a stack trace.
 */
import readXlsxFile from 'read-excel-file/node';
import { problem, type Checked } from '../core/problems';
import { neighboursFromSheet, type NeighbourListRow } from './neighbours';

const SHEET = 'LA SN Groups';

export async function readNeighbourXlsx(bytes: Uint8Array, file: string): Promise<Checked<NeighbourListRow[]>> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(Buffer.from(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      value: [],
      problems: [problem({
        file,
        expected: `an Excel workbook (.xlsx) with a sheet called "${SHEET}"`,
        fix: `The file could not be opened as a workbook (${reason}). Download it again from DfE, or open it in Excel and save it as "Excel Workbook (.xlsx)". You can also give the list in its long CSV form.`,
      })],
    };
  }
  // DfE's sheet by name; if it has been renamed, the first sheet that has the layout.
  const ordered = [...sheets].sort((a, b) => Number(b.sheet === SHEET) - Number(a.sheet === SHEET));
  let first: Checked<NeighbourListRow[]> | undefined;
  for (const { data } of ordered) {
    const result = neighboursFromSheet(data, file);
    if (result.value.length > 0) return result;
    first ??= result;
  }
  return first ?? { value: [], problems: [problem({ file, expected: `a sheet called "${SHEET}"`, fix: 'The workbook has no sheets.' })] };
}
