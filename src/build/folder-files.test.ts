import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { belongsInDataFolder, isWorkbook, meantFor, notReadProblem, plainName, strayFileProblems } from './folder-files';
import { DATA_FILES } from './registry';

const bytes = (s: string) => new TextEncoder().encode(s);
const display = (p: string) => `data/${p}`;
/** A data folder holding these files (text), as the checks see it. */
function strays(files: Record<string, string | Uint8Array>) {
  const paths = Object.keys(files);
  return strayFileProblems(paths, (p) => (typeof files[p] === 'string' ? bytes(files[p]) : files[p]), display);
}
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('what belongs in the data folder', () => {
  it('is every file a dataset reads, the configuration, the guide, the templates and hidden files', () => {
    for (const f of DATA_FILES) expect(belongsInDataFolder(f.path.endsWith('/') ? `${f.path}2026-11-13.csv` : f.path)).toBe(true);
    for (const p of ['site.yaml', 'README.md', 'templates/services.csv', '.gitkeep', 'improvement-plan/.DS_Store', '~$ehcp-timeliness.xlsx']) expect(belongsInDataFolder(p)).toBe(true);
    for (const p of ['ehcp-timeliness (1).csv', 'ehcp-timeliness.xlsx', 'notes.txt', 'improvement-plan/reviews/2026-11-13.xlsx']) expect(belongsInDataFolder(p)).toBe(false);
  });

  it('has nothing to say about a folder of only those', () => {
    expect(strays({ 'ehcp-timeliness.csv': 'month\n', 'site.yaml': '', 'README.md': '', 'templates/x.csv': '' })).toEqual([]);
  });
});

describe('a file saved under another name', () => {
  it('gets the plain name a browser, Windows or a spreadsheet added to', () => {
    expect(['ehcp-timeliness (1).csv', 'Copy of ehcp-timeliness.csv', 'ehcp-timeliness - Copy.csv', 'EHCP timeliness.xlsx', 'ehcp_timeliness (12).CSV'].map(plainName)).toEqual(
      Array(5).fill('ehcp-timeliness'),
    );
  });

  it('is an error naming the file it looks like, to replace', () => {
    const [p, ...rest] = strays({ 'ehcp-timeliness.csv': 'month\n', 'ehcp-timeliness (1).csv': 'month\n' });
    expect(rest).toEqual([]);
    expect(formatProblem(p!)).toBe(
      'Error: data/ehcp-timeliness (1).csv: Expected a file the site reads, but ehcp-timeliness (1).csv is not read by the site. Did you mean to replace ehcp-timeliness.csv? ' +
        'Give your file exactly that name (on GitHub, upload it as ehcp-timeliness.csv: it then replaces the old one), then delete ehcp-timeliness (1).csv.',
    );
    // Its old file is there, so nothing else follows from it.
    expect(p!.cause).toBeUndefined();
  });

  it('is the cause of the missing file when it was meant to be it', () => {
    const [p] = strays({ 'ehcp-timeliness (1).csv': 'month\n' });
    expect(p!.fix).toMatch(/^Did you mean to add ehcp-timeliness\.csv\?/);
    expect(p!.cause).toEqual({ words: 'your file was saved as data/ehcp-timeliness (1).csv, not data/ehcp-timeliness.csv', files: ['data/ehcp-timeliness.csv'] });
  });

  it('looks in its own folder first, then at a name with more after it, then at its columns', () => {
    expect(meantFor('indicators/values (1).csv')).toBe('indicators/values.csv');
    expect(meantFor('compare/values (1).csv')).toBe('compare/values.csv');
    expect(meantFor('ehcp-timeliness-november-2026.csv')).toBe('ehcp-timeliness.csv');
    expect(meantFor('2026-11-13.csv')).toBe('improvement-plan/reviews/2026-11-13.csv');
    expect(meantFor('export.csv', bytes('Month,Plans Issued Den,plans_issued_within_20_weeks\n2026-10,1,1\n'))).toBe('ehcp-timeliness.csv');
    expect(meantFor('export.csv', bytes('colour,size\n'))).toBeUndefined();
  });

  it('that looks like nothing the site reads is to be moved out', () => {
    expect(strays({ 'notes.txt': 'hello' }).map(formatProblem)).toEqual([
      'Error: data/notes.txt: Expected a file the site reads, but notes.txt is not read by the site. Move it out of the data folder: data/README.md lists the files that belong here.',
    ]);
  });
});

describe('a workbook', () => {
  it('is known by its name or by its first bytes', () => {
    expect(['a.xlsx', 'a.XLS', 'a.ods', 'a.xlsm'].every((n) => isWorkbook(n))).toBe(true);
    expect(isWorkbook('ehcp-timeliness.csv', ZIP)).toBe(true);
    expect(isWorkbook('ehcp-timeliness.csv', bytes('month,plans\n'))).toBe(false);
  });

  it('is explained: save it as CSV UTF-8 under the exact name; with the CSV gone it is the cause of that', () => {
    const [p] = strays({ 'ehcp-timeliness.xlsx': ZIP });
    expect(formatProblem(p!)).toBe(
      'Error: data/ehcp-timeliness.xlsx: Expected a CSV file: ehcp-timeliness.xlsx is a spreadsheet workbook, which the site does not read. ' +
        'Open it and save it as CSV UTF-8, named exactly ehcp-timeliness.csv, the name the site reads. ' +
        'In Excel choose File > Save As and pick "CSV UTF-8 (Comma delimited) (*.csv)". In Google Sheets use File > Download > Comma-separated values. Then delete ehcp-timeliness.xlsx.',
    );
    expect(p!.cause?.files).toEqual(['data/ehcp-timeliness.csv']);
    const [beside] = strays({ 'ehcp-timeliness.csv': 'month\n', 'ehcp-timeliness.xlsx': ZIP });
    expect(beside!.fix).toMatch(/^Open it and save it as CSV UTF-8, named exactly ehcp-timeliness\.csv, in place of the old one\./);
  });

  it('in the reviews folder goes there as a CSV; one named like nothing is saved under the name of the file it replaces', () => {
    expect(strays({ 'improvement-plan/reviews/2026-11-13.xlsx': ZIP })[0]!.fix).toMatch(/^Open it and save it as CSV UTF-8, named exactly 2026-11-13\.csv in improvement-plan\/reviews\/, the name the site reads\./);
    expect(strays({ 'November figures.xlsx': ZIP })[0]!.fix).toMatch(/^Open it and save it as CSV UTF-8, named exactly as the file it replaces \(data\/README\.md lists them\)\./);
  });

  it('chosen on the check page gets the same words, without "delete it"', () => {
    const p = notReadProblem('ehcp-timeliness.xlsx', { display, present: () => true, fromPage: true });
    expect(p.expected).toBe('a CSV file: ehcp-timeliness.xlsx is a spreadsheet workbook, which the site does not read');
    expect(p.fix).not.toContain('delete');
  });
});
