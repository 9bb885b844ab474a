import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readServices } from '../src/directory/services';
import { checkAllData } from '../src/build/load-all.node.ts';
import { readEhcpTimeliness } from '../src/ehcp/read';
import { readTaxonomy } from '../src/directory/taxonomy';
import { random } from '../src/core/__fixtures__/random';
import { generateFixtures, parseArgs } from './generate-fixtures';

const TODAY = new Date('2026-11-22T10:00:00Z');
const out = mkdtempSync(join(tmpdir(), 'fixtures-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generate-fixtures', () => {
  it('writes a data directory whose services all validate', () => {
    generateFixtures('tests/sample/data', out, 42, { services: 1000 });
    expect(readdirSync(out).sort()).toEqual(readdirSync('tests/sample/data').sort());
    const taxonomy = readTaxonomy(readFileSync(join(out, 'taxonomy.csv')), 'data/taxonomy.csv').value;
    const { value, problems } = readServices(readFileSync(join(out, 'services.csv')), 'data/services.csv', taxonomy, TODAY);
    expect(problems).toEqual([]);
    expect(value).toHaveLength(1000);
    expect(value.some((s) => s.stale)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const a = mkdtempSync(join(tmpdir(), 'fixtures-a-'));
    generateFixtures('tests/sample/data', a, 42, { services: 50 });
    generateFixtures('tests/sample/data', out, 42, { services: 50 });
    expect(readFileSync(join(a, 'services.csv'), 'utf8')).toBe(readFileSync(join(out, 'services.csv'), 'utf8'));
    rmSync(a, { recursive: true, force: true });
    expect(random(1)()).toBe(random(1)());
  });

  it('reads its options and explains mistakes', () => {
    expect(parseArgs(['--services', '5000', '--out', 'x', '--seed', '7'])).toEqual({ out: 'x', contentOut: undefined, seed: 7, counts: { services: 5000 } });
    expect(() => parseArgs(['--services', 'lots', '--out', 'x'])).toThrow('--services needs a whole number, such as 100, but found "lots".');
    expect(() => parseArgs(['--plans', '3', '--out', 'x'])).toThrow('There is no option --plans.');
    expect(() => parseArgs(['--guides', '3', '--out', 'x'])).toThrow('Say where to write the content with --content-out <folder> when generating guides.');
    expect(() => parseArgs(['--services', '3'])).toThrow('Say where to write the data with --out <folder>.');
  });
});

describe('a whole large local area', () => {
  it('generates EHCP months, a plan with many reviews and guides that pass every check', () => {
    const root = mkdtempSync(join(tmpdir(), 'fixtures-area-'));
    generateFixtures('tests/sample/data', join(root, 'data'), 7, { services: 200, 'ehcp-months': 120, 'plan-actions': 60, 'plan-reviews': 6, guides: 12 }, { from: 'tests/sample/content', to: join(root, 'content') });
    const months = readEhcpTimeliness(readFileSync(join(root, 'data', 'ehcp-timeliness.csv')), 'ehcp-timeliness.csv', TODAY);
    expect(months.value).toHaveLength(120);
    expect(readdirSync(join(root, 'data', 'improvement-plan', 'reviews'))).toHaveLength(6);
    expect(readdirSync(join(root, 'content', 'guides', 'generated'))).toHaveLength(12);
    const errors = checkAllData(join(root, 'data'), TODAY, join(root, 'content')).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});
