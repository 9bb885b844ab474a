/** The whole command: feed in, files written only when everything passed, and never half-written. */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedUnreachableError } from './fetch.node';
import { defaultPaths, runImport } from './run.node';
import { fixture, TODAY } from './__fixtures__/helpers';

const PAGES = [readFileSync(fixture('oruk1/page-1.json'), 'utf8'), readFileSync(fixture('oruk1/page-2.json'), 'utf8')];
let server: Server;
let base: string;
const dirs: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => res.end(PAGES[Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '1') - 1] ?? '{"content":[]}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A data folder with our taxonomy and the fixture mapping, and optionally a services file. */
function dataFolder(services?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  dirs.push(dir);
  copyFileSync('tests/sample/data/taxonomy.csv', join(dir, 'taxonomy.csv'));
  copyFileSync(fixture('oruk1-mapping.csv'), join(dir, 'directory-mapping.csv'));
  if (services !== undefined) writeFileSync(join(dir, 'services.csv'), services);
  const out = join(dir, 'services.csv');
  return { dir, options: { out, ...defaultPaths(out), today: TODAY, dryRun: false, fetch: { delayMs: 10, timeoutMs: 5000, maxPages: 10, attempts: 1 } } };
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('npm run import:directory', () => {
  it('follows the feed from a web address and writes services.csv and directory-ids.csv; a second run changes nothing', async () => {
    const { dir, options } = dataFolder();
    const first = await runImport({ ...options, source: `${base}/api/services` });
    expect(first.problems).toEqual([]);
    expect(first.wrote).toBe(true);
    expect(first.report).toContain('8 records in the feed: 4 added, 0 changed, 0 unchanged, 0 removed, 4 skipped.');
    const written = files(dir);
    expect(written['directory-ids.csv']).toBe('feed_id,id\nnb-0001,northbrook-portage\nnb-0004,saturday-swim-club\nnb-0006,chess-club\nnb-0007,pathways-employment-support\n');
    expect(written['services.csv']!.split('\n')[0]).toBe('id,name,organisation,description,categories,needs,age_min,age_max,area,address,postcode,latitude,longitude,phone,email,website,cost,cost_details,opening_times,referral,accessibility,languages,last_reviewed,for');
    const second = await runImport({ ...options, source: `${base}/api/services` });
    expect(second.report).toContain('0 added, 0 changed, 4 unchanged, 0 removed, 4 skipped.');
    expect(files(dir)).toEqual(written);
  });

  it('changes nothing when the feed cannot be reached', async () => {
    const { dir, options } = dataFolder(readFileSync('tests/sample/data/services.csv', 'utf8'));
    const before = files(dir);
    await expect(runImport({ ...options, source: 'http://127.0.0.1:9/feed' })).rejects.toBeInstanceOf(FeedUnreachableError);
    expect(files(dir)).toEqual(before);
  });

  it('changes nothing when the result would fail the checks, or on a dry run', async () => {
    const broken = readFileSync('tests/sample/data/services.csv', 'utf8').replace('northbrook-sendiass,', 'Bad Id,');
    const { dir, options } = dataFolder(broken);
    const before = files(dir);
    const outcome = await runImport({ ...options, source: fixture('oruk1') });
    expect(outcome.wrote).toBe(false);
    expect(outcome.problems[0]).toMatchObject({ row: 2, column: 'id', value: 'Bad Id' });
    expect(files(dir)).toEqual(before);
    const good = dataFolder();
    const dry = await runImport({ ...good.options, source: fixture('oruk1'), dryRun: true });
    expect(dry.result?.report.counts.added).toBe(4);
    expect(existsSync(good.options.out)).toBe(false);
  });

  it('stops before reading the feed when the mapping has a mistake', async () => {
    const { dir, options } = dataFolder();
    writeFileSync(join(dir, 'directory-mapping.csv'), 'feed_term,maps_to\nx,not-a-term\n');
    const outcome = await runImport({ ...options, source: 'http://127.0.0.1:9/never-asked' });
    expect(outcome.problems).toMatchObject([{ row: 2, column: 'maps_to', value: 'not-a-term' }]);
    expect(outcome.wrote).toBe(false);
  });
});
