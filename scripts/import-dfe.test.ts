import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../src/core/shared-fixtures.node';

const tsx = join('node_modules', '.bin', 'tsx');
const out = mkdtempSync(join(tmpdir(), 'olo-import-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const reviews = sharedFixture('dfe-sen2-2025', 'annual_reviews.csv');
const list = sharedFixture('dfe-statistical-neighbours', 'statistical-neighbours-2025-long.csv');

describe('npm run import:dfe', () => {
  it('says what it read and chose, and writes the files', () => {
    const result = spawnSync(tsx, ['scripts/import-dfe.ts', reviews, '--neighbours', list, '--out', out], { encoding: 'utf8' });
    expect(result.stderr).not.toContain('Error');
    expect(result.status).toBe(0);
    // Without --la it uses the council in data/site.yaml: Northbrook borrows Warwickshire's neighbours.
    expect(result.stdout).toContain('Local authority: Warwickshire (937, E10000031), West Midlands.');
    expect(result.stdout).toContain('Gloucestershire (extremely close)');
    expect(existsSync(join(out, 'compare', 'values.csv'))).toBe(true);
  });

  it('explains a name it cannot find, exits 1 and writes nothing', () => {
    const empty = mkdtempSync(join(out, 'empty-'));
    const result = spawnSync(tsx, ['scripts/import-dfe.ts', reviews, '--la', 'Bristol', '--neighbours', list, '--out', empty], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Did you mean "Bristol, City of" (801)?');
    expect(result.stderr).toContain('Nothing was written.');
    expect(existsSync(join(empty, 'compare'))).toBe(false);
  });

  it('asks for the release when none is given', () => {
    const result = spawnSync(tsx, ['scripts/import-dfe.ts'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Give the release: the folder of DfE release files');
    expect(result.stderr).toContain('Usage: npm run import:dfe -- <release> [options]');
  });
});
