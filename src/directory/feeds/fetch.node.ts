/**
 * Following a feed's pages from a web address: one page at a time, with a
 * pause between requests so a council's server is not hammered, a time limit
 * on each, a couple of retries, and a plain message when the feed cannot be
 * reached. Nothing is written unless every page arrives.
 */
import { LocalOfferError } from '../../core/errors';
import { readPage, type FeedPage } from './feed-pages';
import { str, isObject } from './json';

export interface FetchOptions {
  /** Pause between requests, in milliseconds. */
  delayMs: number;
  /** Give up on one request after this many milliseconds. */
  timeoutMs: number;
  /** Stop (with an error) after this many pages, in case a feed never says it has finished. */
  maxPages: number;
  /** Tries per page when the server is busy or the connection drops. */
  attempts: number;
  log?: (message: string) => void;
}

export const DEFAULT_FETCH: FetchOptions = { delayMs: 1000, timeoutMs: 30_000, maxPages: 2000, attempts: 3 };

export class FeedUnreachableError extends LocalOfferError {
  constructor(url: string, detail: string) {
    super(`Could not read the feed at ${url}: ${detail}. Nothing was changed.`, "Check the address opens in a web browser, and that the directory's API is public.");
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function networkDetail(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `it did not answer within ${Math.round(timeoutMs / 1000)} seconds`;
  // Node's fetch says only "fetch failed"; the reason is in its cause, usually as a code.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && isObject(cause) ? str(cause['code']) : undefined;
  const known: Record<string, string> = { ECONNREFUSED: 'the server refused the connection', ENOTFOUND: 'there is no server at that address', ECONNRESET: 'the connection was cut off', EAI_AGAIN: 'the address could not be looked up' };
  if (code) return known[code] ?? `the connection failed (${code})`;
  return `the connection failed (${cause?.message ?? (error instanceof Error ? error.message : String(error))})`;
}

/** A busy server: worth asking again, after a pause. */
class RetryableError extends LocalOfferError {}

async function getJson(url: string, options: FetchOptions): Promise<unknown> {
  let last = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await sleep(options.delayMs * 2 ** (attempt - 1));
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: 'application/json', 'user-agent': 'OpenLocalOffer-directory-import' } });
      const body = await response.text();
      if (response.status === 429 || response.status >= 500) throw new RetryableError(`it answered ${response.status} ${response.statusText}`.trim());
      if (!response.ok) throw new FeedUnreachableError(url, `it answered ${response.status} ${response.statusText}`.trim());
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new FeedUnreachableError(url, `it did not send JSON (it began "${body.slice(0, 60).replace(/\s+/g, ' ')}")`);
      }
    } catch (error) {
      if (error instanceof FeedUnreachableError) throw error;
      last = error instanceof RetryableError ? error.message : networkDetail(error, options.timeoutMs);
      options.log?.(`  ${url}: ${last}${attempt < options.attempts ? '; trying again' : ''}`);
    }
  }
  throw new FeedUnreachableError(url, `${last} (tried ${options.attempts} times)`);
}

/** The same address asking for another page: `?page=N`, as ORUK 1.0, HSDS 3.0 and Outpost all do. */
export function withPage(url: string, page: number): string {
  const u = new URL(url);
  u.searchParams.set('page', String(page));
  return u.toString();
}

/** The ids on a page, to notice a feed that ignores ?page= and sends page 1 for ever. */
function pageIds(page: FeedPage): string {
  return page.records.map((r) => (isObject(r) ? str(r['id']) : '')).join('\n');
}

/** Every page of the feed, in order. Throws FeedUnreachableError if any page cannot be read. */
export async function fetchFeedPages(url: string, options: FetchOptions = DEFAULT_FETCH): Promise<FeedPage[]> {
  const pages: FeedPage[] = [];
  let pageUrl = url;
  let records = 0;
  for (let i = 0; i < options.maxPages; i++) {
    if (i > 0) await sleep(options.delayMs);
    const page = readPage(await getJson(pageUrl, options), pageUrl);
    options.log?.(`  page ${i + 1}${page.totalPages ? ` of ${page.totalPages}` : ''}: ${page.records.length} records`);
    if (i > 0 && page.records.length > 0 && pageIds(page) === pageIds(pages[i - 1]!)) {
      throw new FeedUnreachableError(pageUrl, 'it sent the same page again, so it may not understand ?page=; try a page size big enough for the whole directory (e.g. ?per_page=5000)');
    }
    pages.push(page);
    records += page.records.length;
    const done =
      page.kind === 'single' || page.kind === 'array' || page.records.length === 0 || page.last === true ||
      (page.totalItems !== undefined && records >= page.totalItems) || (page.totalPages !== undefined && i + 1 >= page.totalPages);
    if (done) return pages;
    const current = page.pageNumber ?? Number(new URL(pageUrl).searchParams.get('page') ?? 1);
    pageUrl = withPage(pageUrl, current + 1);
  }
  throw new FeedUnreachableError(url, `it had still not said it had finished after ${options.maxPages} pages`);
}
