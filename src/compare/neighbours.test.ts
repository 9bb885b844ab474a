import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../core/shared-fixtures.node';
import { neighboursFromSheet, readNeighbourCsv } from './neighbours';
import { readNeighbourXlsx } from './neighbours-xlsx.node';

const CSV = sharedFixture('dfe-statistical-neighbours', 'statistical-neighbours-2025-long.csv');
const XLSX = sharedFixture('dfe-statistical-neighbours', 'sn_may_2025.xlsx');

describe("DfE's statistical neighbours list", () => {
  it('reads the long CSV: 153 local authorities, 10 neighbours each', () => {
    const { value, problems } = readNeighbourCsv(readFileSync(CSV), 'list.csv');
    expect(problems).toEqual([]);
    expect(value).toHaveLength(1530);
    expect(value.find((r) => r.la_code_old === '937' && r.sn_rank === 1)).toMatchObject({ sn_la_code_old: '916', sn_proximity: 'extremely close' });
  });

  it('reads the workbook to the same list, stopping before the old lists DfE keeps below it', async () => {
    const fromXlsx = await readNeighbourXlsx(readFileSync(XLSX), 'sn_may_2025.xlsx');
    expect(fromXlsx.problems).toEqual([]);
    const key = (r: { la_code_old: string; sn_rank: number; sn_la_code_old: string; sn_proximity: string }) => `${r.la_code_old}-${r.sn_rank}-${r.sn_la_code_old}-${r.sn_proximity}`;
    expect(fromXlsx.value.map(key).sort()).toEqual(readNeighbourCsv(readFileSync(CSV), 'list.csv').value.map(key).sort());
    // Northamptonshire (928) split in 2021; its old list is below the blank row and must not be read.
    expect(fromXlsx.value.some((r) => r.la_code_old === '928')).toBe(false);
    // The workbook's row numbers are Excel's: York is on row 156.
    expect(fromXlsx.value.find((r) => r.la_code_old === '816')?.row).toBe(156);
  });

  it('gives a clear message for a file that is not a workbook', async () => {
    const { value, problems } = await readNeighbourXlsx(new TextEncoder().encode('la_code_old,sn_rank\n'), 'list.xlsx');
    expect(value).toEqual([]);
    expect(problems[0]).toMatchObject({ file: 'list.xlsx', expected: 'an Excel workbook (.xlsx) with a sheet called "LA SN Groups"' });
    expect(problems[0]!.fix).toContain('could not be opened as a workbook');
  });

  it('names the row and column of a closeness it does not know', () => {
    const header = ['LA num', 'LA Name', 'LA number', 'GOInd', 'GOReg', ...Array.from({ length: 10 }, (_, i) => [`SN${i + 1}`, 'SNP']).flat()];
    const row = [937, 'Warwickshire', 937, 8, 'West Midlands', ...Array.from({ length: 10 }, (_, i) => [900 + i, i === 2 ? 'Quite close' : 'Very Close']).flat()];
    const { value, problems } = neighboursFromSheet([['title'], header, row], 'sn.xlsx');
    expect(value).toHaveLength(9);
    expect(problems).toEqual([expect.objectContaining({ row: 3, column: 'SNP after SN3', value: 'Quite close', expected: 'one of: extremely close, very close, close, somewhat close, not close' })]);
  });
});
