import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { snapshotOnDisk } from '../core/history/git.node.ts';
import { checkFile } from './check-file';
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
    expect(messages[0]).toMatch(/^Error: content\/updates\/x\.mdx, row 1, column "text": Found "ehcp\.2026-08\.issued"/);
    expect(messages.filter((m) => m.includes('to be in this file too'))).toHaveLength(lines.length - 3);
    expect(result.preview).toBeUndefined();
  });

  it('gives a new review the name it was chosen with, and counts its actions by status', () => {
    const result = checkFile({ kind: 'improvement-plan-reviews', name: '2026-11-13.csv', bytes: bytes(text('improvement-plan/reviews/2026-07-10.csv')), published, today, threshold: 5 });
    expect(result.file).toBe('data/improvement-plan/reviews/2026-11-13.csv');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.preview?.table?.rows.map((r) => r[0])).toEqual(['Achieved', 'On track', 'Partly achieved', 'Delayed', 'Not started']);
  });
});
