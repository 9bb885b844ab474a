/** Following a feed's pages over HTTP, against a small server on 127.0.0.1 (no other network). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeedPages, FeedUnreachableError, withPage, type FetchOptions } from './fetch.node';
import { fixture } from './__fixtures__/helpers';

const PAGES = [readFileSync(fixture('oruk1/page-1.json'), 'utf8'), readFileSync(fixture('oruk1/page-2.json'), 'utf8')];
const FAST: FetchOptions = { delayMs: 40, timeoutMs: 5000, maxPages: 10, attempts: 2 };

let server: Server;
let base: string;
const requests: { url: string; at: number }[] = [];
let flaky = 0;

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  requests.push({ url: url.pathname + url.search, at: Date.now() });
  const page = Number(url.searchParams.get('page') ?? '1');
  if (url.pathname === '/services') {
    res.setHeader('content-type', 'application/json');
    res.end(PAGES[page - 1] ?? JSON.stringify({ content: [], last: true }));
  } else if (url.pathname === '/slow') {
    setTimeout(() => res.end('{}'), 3000).unref();
  } else if (url.pathname === '/html') {
    res.end('<!doctype html><title>Sign in</title>');
  } else if (url.pathname === '/flaky') {
    flaky++;
    if (flaky === 1) {
      res.statusCode = 503;
      res.end('busy');
    } else res.end(PAGES[1]);
  } else if (url.pathname === '/ignores-page') {
    res.end(PAGES[0]);
  } else {
    res.statusCode = 404;
    res.end('not here');
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('following a feed from a web address', () => {
  it('asks for each page in turn until the feed says it is the last, pausing between requests', async () => {
    requests.length = 0;
    const pages = await fetchFeedPages(`${base}/services?per_page=4`, FAST);
    expect(pages.map((p) => p.records.length)).toEqual([4, 4]);
    expect(requests.map((r) => r.url)).toEqual(['/services?per_page=4', '/services?per_page=4&page=2']);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(FAST.delayMs - 5);
  });

  it('sets the page number in the address', () => {
    expect(withPage('https://x.example/api/services?page=1&per_page=50', 2)).toBe('https://x.example/api/services?page=2&per_page=50');
  });

  it('tries again when the server is busy', async () => {
    const pages = await fetchFeedPages(`${base}/flaky`, FAST);
    expect(pages[0]!.records).toHaveLength(4);
    expect(flaky).toBe(2);
  });

  it('says clearly when the feed cannot be reached, does not answer in time, is missing or is not JSON', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failures = await Promise.all(
      [`http://127.0.0.1:${port}/services`, `${base}/slow`, `${base}/nothing`, `${base}/html`, `${base}/ignores-page`].map((url) =>
        fetchFeedPages(url, url.endsWith('/slow') ? { ...FAST, timeoutMs: 300 } : FAST).then(() => 'no error', (e: unknown) => e),
      ),
    );
    for (const f of failures) expect(f).toBeInstanceOf(FeedUnreachableError);
    const messages = failures.map((f) => (f as Error).message);
    expect(messages[0]).toMatch(/^Could not read the feed at http:\/\/127\.0\.0\.1:\d+\/services: the server refused the connection \(tried 2 times\)\. Nothing was changed\./);
    expect(messages[1]).toMatch(/it did not answer within 0 seconds \(tried 2 times\)/);
    expect(messages[2]).toMatch(/it answered 404 Not Found\. Nothing was changed/);
    expect(messages[3]).toMatch(/it did not send JSON \(it began "<!doctype html><title>Sign in<\/title>"\)/);
    expect(messages[4]).toMatch(/it sent the same page again/);
  });
});
