import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { snapshotOnDisk } from '../core/history/git.node.ts';
import { checkFile, checkFiles } from './check-file';
import { addMonths, formatMonth } from '../core/format';
import { kindFromHeaders, kindFromName, recogniseFile } from './kinds';

const files = snapshotOnDisk('tests/sample/data');
const published = { files, content: [{ path: 'content/updates/x.mdx', source: 'In August: <Fact name="ehcp.2026-08.issued" />.\n' }] };
const today = new Date('2026-11-22T12:00:00Z');
const text = (path: string) => readFileSync(`tests/sample/data/${path}`, 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('recognising a file', () => {
  it('from its name, as a browser saves a second copy, or a review date', () => {
    expect(kindFromName('services (1).csv')).toBe('services');
    expect(kindFromName('2026-11-13.csv')).toBe('improvement-plan-reviews');
    expect(kindFromName('areas.csv')).toBe('improvement-plan-areas');
    expect(kindFromName('export.csv')).toBeUndefined();
  });

  it('from its column names, even with one misspelt', () => {
    expect(kindFromHeaders(['Month', 'Plans Issued Den', 'plans_issued_within_20_week'])).toBe('ehcp-timeliness');
    expect(kindFromHeaders(['action_id', 'area_id', 'action', 'lead', 'due', 'status'])).toBe('improvement-plan-reviews');
    expect(kindFromHeaders(['area_id', 'title', 'finding', 'plan'])).toBe('improvement-plan-areas');
    expect(kindFromHeaders(['colour', 'size'])).toBeUndefined();
    expect(recogniseFile('export (3).csv', bytes(text('services.csv')))).toBe('services');
  });
});

describe('checking one file against the published ones', () => {
  it('finds nothing in a published file as it is, and previews it', () => {
    const result = checkFile({ kind: 'ehcp-timeliness', name: 'x.csv', bytes: bytes(text('ehcp-timeliness.csv')), published, today, threshold: 5 });
    expect(result.problems).toEqual([]);
    expect(result.file).toBe('data/ehcp-timeliness.csv');
    expect(result.preview?.table?.rows[0]?.[0]).toBe('October 2026');
  });

  it('reports the months that went, the fact an update can no longer state, and no preview', () => {
    const lines = text('ehcp-timeliness.csv').trimEnd().split('\n');
    const cut = [lines[0], ...lines.filter((l) => l.startsWith('2026-09') || l.startsWith('2026-10'))].join('\n');
    const result = checkFile({ kind: 'ehcp-timeliness', name: 'ehcp-timeliness.csv', bytes: bytes(cut), published, today, threshold: 5 });
    const messages = result.problems.map(formatProblem);
    // The real cause first: the month gone, then the fact that names it, because of it.
    const gone = messages.findIndex((m) => m.includes('Expected August 2026 (row'));
    expect(messages[gone + 1]).toMatch(/^Error: content\/updates\/x\.mdx, row 1, column "text": Found "ehcp\.2026-08\.issued"\. .* This is because August 2026 is missing from data\/ehcp-timeliness\.csv: fix that first/);
    expect(messages.filter((m) => m.includes('to be in this file too'))).toHaveLength(lines.length - 3);
    expect(messages.join('\n')).not.toContain('Did you mean');
    expect(result.preview).toBeUndefined();
  });

  it('gives a new review the name it was chosen with, and counts its actions by status', () => {
    const result = checkFile({ kind: 'improvement-plan-reviews', name: '2026-11-13.csv', bytes: bytes(text('improvement-plan/reviews/2026-07-10.csv')), published, today, threshold: 5 });
    expect(result.file).toBe('data/improvement-plan/reviews/2026-11-13.csv');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.preview?.table?.rows.map((r) => r[0])).toEqual(['Achieved', 'On track', 'Partly achieved', 'Delayed', 'Not started']);
  });
});

describe('a file’s name', () => {
  const ehcp = () => bytes(text('ehcp-timeliness.csv'));

  it('must be one the site reads, unless the person said which file it is', () => {
    const auto = checkFiles([{ kind: 'ehcp-timeliness', name: 'ehcp-timeliness (1).csv', bytes: ehcp() }], published, today, 5);
    expect(auto.problems.map(formatProblem)).toEqual([
      'Error: data/ehcp-timeliness (1).csv: Expected a file the site reads, but ehcp-timeliness (1).csv is not read by the site. Did you mean to replace ehcp-timeliness.csv? ' +
        'Give your file exactly that name, or choose which file it is under “Which file is it?” and check it again.',
    ]);
    expect(auto.files[0]!.preview).toBeUndefined();
    const chosen = checkFiles([{ kind: 'ehcp-timeliness', chosen: true, name: 'ehcp-timeliness (1).csv', bytes: ehcp() }], published, today, 5);
    expect(chosen.problems).toEqual([]);
    expect(chosen.files[0]!.file).toBe('data/ehcp-timeliness.csv');
    expect(chosen.files[0]!.preview).toBeDefined();
  });

  it('of a workbook gets the workbook message, not a text-encoding one, and is not checked', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const result = checkFiles([{ kind: undefined, name: 'ehcp-timeliness.xlsx', bytes: zip }], published, today, 5);
    expect(result.problems.map(formatProblem)).toEqual([
      'Error: data/ehcp-timeliness.xlsx: Expected a CSV file: ehcp-timeliness.xlsx is a spreadsheet workbook, which the site does not read. ' +
        'Open it and save it as CSV UTF-8, named exactly ehcp-timeliness.csv, in place of the old one. ' +
        'In Excel choose File > Save As and pick "CSV UTF-8 (Comma delimited) (*.csv)". In Google Sheets use File > Download > Comma-separated values.',
    ]);
    expect(result.files[0]!.kind).toBeUndefined();
  });
});

describe('several files at once', () => {
  const lines = text('ehcp-timeliness.csv').trimEnd().split('\n');
  // A month before the newest, with one more plan issued than published.
  const [month, den] = lines.at(-3)!.split(',');
  const revised = [...lines.slice(0, -3), lines.at(-3)!.replace(/^([^,]+),(\d+),/, (_m, m: string, d: string) => `${m},${Number(d) + 1},`), ...lines.slice(-2)].join('\n') + '\n';
  const reason = `${text('changes.csv').trimEnd()}\n2026-11-21,data/ehcp-timeliness.csv,${month},One plan was recorded late.\n`;

  it('a revised figure alone is refused: put it back, or say why in the change log', () => {
    const alone = checkFiles([{ kind: 'ehcp-timeliness', name: 'ehcp-timeliness.csv', bytes: bytes(revised) }], published, today, 5);
    expect(alone.problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^Error: data/ehcp-timeliness\\.csv, row ${lines.length - 2}, column "plans_issued_den": Found "${Number(den) + 1}"\\. .*Put back ${den}, or say why in data/changes\\.csv`))]);
  });

  it('with the change log that says why, it is a revision: a warning with the reason, and both files previewed', () => {
    const together = checkFiles(
      [
        { kind: 'ehcp-timeliness', name: 'ehcp-timeliness.csv', bytes: bytes(revised) },
        { kind: 'changes', name: 'changes.csv', bytes: bytes(reason) },
      ],
      published,
      today,
      5,
    );
    expect(together.problems.map((p) => [p.severity, p.expected])).toEqual([['warning', expect.stringMatching(/: this is a revision, because one plan was recorded late$/)]]);
    expect(together.files.map((f) => [f.file, f.preview !== undefined])).toEqual([['data/ehcp-timeliness.csv', true], ['data/changes.csv', true]]);
  });
});

describe('the update for a new month', () => {
  const lines = text('ehcp-timeliness.csv').trimEnd().split('\n');
  const newest = lines.at(-1)!.split(',')[0]!;
  const month = addMonths(newest, 1);
  const withMonth = `${lines.join('\n')}\n${lines.at(-1)!.replace(newest, month)}\n`;

  it('is drafted once the new month passes, with that month’s facts, named by today and the month', () => {
    const { problems, draft } = checkFiles([{ kind: 'ehcp-timeliness', name: 'ehcp-timeliness.csv', bytes: bytes(withMonth) }], published, today, 5);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(draft?.name).toBe(`2026-11-22-ehcp-timeliness-${formatMonth(month).toLowerCase().replace(' ', '-')}.mdx`);
    expect(draft?.text).toContain(`<Fact name="ehcp.${month}.issued" />`);
  });

  it('is not offered for a file with no new month, or one an update already announces', () => {
    expect(checkFiles([{ kind: 'ehcp-timeliness', name: 'ehcp-timeliness.csv', bytes: bytes(text('ehcp-timeliness.csv')) }], published, today, 5).draft).toBeUndefined();
    const announced = { ...published, content: [...published.content, { path: 'content/updates/y.mdx', source: `<Fact name="ehcp.${month}.issued" />` }] };
    expect(checkFiles([{ kind: 'ehcp-timeliness', name: 'ehcp-timeliness.csv', bytes: bytes(withMonth) }], announced, today, 5).draft).toBeUndefined();
  });
});

