/** Keeping data/services.csv in step with a feed: stable ids, counts, removals, hand-made rows, all-or-nothing. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedPage } from './feed-pages';
import { fixture, mappingFrom, pagesFrom, runImport, servicesOf } from './__fixtures__/helpers';

const mapping = mappingFrom(fixture('oruk1-mapping.csv'));
const original = pagesFrom(fixture('oruk1/page-1.json'), fixture('oruk1/page-2.json'));
const sample = readFileSync('tests/sample/data/services.csv', 'utf8');

/** The fixture pages with some records changed, as the feed might be tomorrow. */
function edited(change: (record: Record<string, unknown>) => Record<string, unknown> | undefined): FeedPage[] {
  return original.map((p) => ({ ...p, records: p.records.map((r) => change(structuredClone(r) as Record<string, unknown>)).filter((r) => r !== undefined) }));
}

const first = runImport(original, mapping);

describe('importing again', () => {
  it('changes nothing when the feed has not changed', () => {
    const again = runImport(original, mapping, { csv: first.csv, idMap: first.idMap });
    expect(again.csv).toBe(first.csv);
    expect(again.idMap).toEqual(first.idMap);
    expect(again.report.counts).toMatchObject({ added: 0, changed: 0, unchanged: 4, removed: 0, skipped: 4 });
  });

  it('keeps a service’s id when the feed renames it, and says which columns changed', () => {
    const renamed = edited((r) => (r['id'] === 'nb-0004' ? { ...r, name: 'Saturday Splash Club', fees: '£3.50 a session' } : r));
    const again = runImport(renamed, mapping, { csv: first.csv, idMap: first.idMap });
    expect(again.report.changed).toEqual([{ id: 'saturday-swim-club', name: 'Saturday Splash Club', columns: ['name', 'cost_details'], source: 'kept' }]);
    expect(servicesOf(again.csv).find((s) => s.id === 'saturday-swim-club')!.name).toBe('Saturday Splash Club');
  });

  it('removes a service the feed dropped or closed, saying why, and keeps its id reserved', () => {
    const dropped = edited((r) => (r['id'] === 'nb-0004' ? undefined : r['id'] === 'nb-0001' && r['name'] === 'Northbrook Portage' ? { ...r, status: 'inactive' } : r));
    const again = runImport(dropped, mapping, { csv: first.csv, idMap: first.idMap });
    expect(again.report.removed).toEqual([
      { id: 'northbrook-portage', name: 'Northbrook Portage', reason: 'status: the feed marks it "inactive", so it is not published as live' },
      { id: 'saturday-swim-club', name: 'Saturday Swim Club', reason: 'it is no longer in the feed' },
    ]);
    expect(again.report.counts).toMatchObject({ removed: 2, unchanged: 2 });
    expect(servicesOf(again.csv).map((s) => s.id)).toEqual(['chess-club', 'pathways-employment-support']);
    expect(again.idMap).toEqual(first.idMap);
    // When it comes back, it gets its old address again.
    const back = runImport(original, mapping, { csv: again.csv, idMap: again.idMap });
    expect(back.report.added.map((a) => a.id).sort()).toEqual(['northbrook-portage', 'saturday-swim-club']);
  });
});

describe('a directory that already has hand-made services', () => {
  const merged = runImport(original, mapping, { csv: sample });

  it('keeps every hand-made row exactly as it was, and adds the feed’s services after them', () => {
    expect(merged.problems).toEqual([]);
    const before = servicesOf(sample);
    const after = servicesOf(merged.csv);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((s) => s.id)).toEqual(['northbrook-portage', 'saturday-swim-club', 'chess-club', 'pathways-employment-support']);
    expect(merged.report.counts).toMatchObject({ kept: before.length, added: 4, removed: 0 });
  });

  it('lets a feed service take over the hand-made entry with the same name, keeping its address', () => {
    const withSwim = `${sample}swim-sessions,Saturday Swim Club,Someone,Old words.,leisure,,4,18,all,,,,,01632 960999,,,paid,,,self,,,2026-01-01\n`;
    const takeover = runImport(original, mapping, { csv: withSwim });
    expect(takeover.report.changed.find((c) => c.id === 'swim-sessions')).toMatchObject({ source: 'matched by name' });
    expect(takeover.idMap).toContainEqual({ feed_id: 'nb-0004', id: 'swim-sessions' });
    expect(servicesOf(takeover.csv).find((s) => s.id === 'swim-sessions')).toMatchObject({ organisation: 'Northbrook Leisure Trust', phone: undefined });
  });

  it('writes nothing when a hand-made row fails the checks, and says which row', () => {
    const broken = sample.replace('northbrook-sendiass,', 'Northbrook SENDIASS,');
    const result = runImport(original, mapping, { csv: broken });
    expect(result.problems).toMatchObject([{ file: 'data/services.csv', row: 2, column: 'id', value: 'Northbrook SENDIASS' }]);
  });
});

describe('the report', () => {
  it('puts the counts first, removals before everything else, and the reasons in the commit message', async () => {
    const { commitMessage, formatReport } = await import('./report');
    const dropped = edited((r) => (r['id'] === 'nb-0004' ? undefined : r));
    const again = runImport(dropped, mapping, { csv: first.csv, idMap: first.idMap });
    const text = formatReport(again.report, 'https://directory.example/api', mapping.defaults);
    expect(text.split('\n').slice(0, 3)).toEqual(['# Directory import from https://directory.example/api', '', '7 records in the feed: 0 added, 0 changed, 3 unchanged, 1 removed, 4 skipped.']);
    expect(text.indexOf('## Removed (1)')).toBeLessThan(text.indexOf('## Not published (4)'));
    expect(text).toContain('| saturday-swim-club | Saturday Swim Club | it is no longer in the feed |');
    expect(text).toContain('| nb-0003 |   | name | it has no name |');
    expect(commitMessage(again.report)).toBe(
      'Directory import: 7 records in the feed: 0 added, 0 changed, 3 unchanged, 1 removed, 4 skipped.\n\n- removed saturday-swim-club (Saturday Swim Club): it is no longer in the feed\n',
    );
  });
});
