/**
 * Recognising what a feed sent: an ORUK 1.0 or Outpost list page (`content`,
 * pagination keys in either case), an HSDS 3.0 / UK profile list page
 * (`contents`), a single service, or a plain array of services. Then reading
 * every record with the reader for its layout.
 */
import { LocalOfferError } from '../../core/errors';
import type { FeedService, SkippedRecord } from './feed-service';
import { readHsds3Service } from './hsds3';
import { bool, field, isObject, num, str, type JsonObject } from './json';
import { looksLikeOruk1, readOruk1Service } from './oruk1';
import { looksLikeOutpost, readOutpostService } from './outpost';

export type PageKind = 'oruk1-list' | 'hsds3-list' | 'single' | 'array';

export interface FeedPage {
  kind: PageKind;
  records: unknown[];
  /** The page's own number as the feed counts (0- or 1-based; we only ever add one to it). */
  pageNumber?: number | undefined;
  totalPages?: number | undefined;
  totalItems?: number | undefined;
  /** The feed says this is the last page. */
  last?: boolean | undefined;
}

export class UnrecognisedFeedError extends LocalOfferError {
  constructor(where: string, detail: string) {
    super(`${where} is not a directory feed we recognise: ${detail}.`, "We read Open Referral UK 1.0 and HSDS 3.0 (UK profile) list pages and services, HSDS 3.0 data packages and Outpost's API.");
  }
}

/** Where each list layout keeps its records and its pagination, HSDS 3.0 first. */
const LIST_LAYOUTS = [
  { kind: 'hsds3-list', list: 'contents', pageNumber: 'page_number', totalPages: 'total_pages', totalItems: 'total_items', last: 'last_page' },
  { kind: 'oruk1-list', list: 'content', pageNumber: 'number', totalPages: 'totalPages', totalItems: 'totalElements', last: 'last' },
] as const;

/** One response or file, as a page. Throws UnrecognisedFeedError for anything else. */
export function readPage(json: unknown, where: string): FeedPage {
  if (Array.isArray(json)) return { kind: 'array', records: json, last: true };
  if (!isObject(json)) throw new UnrecognisedFeedError(where, 'it is not a JSON object or list');
  for (const layout of LIST_LAYOUTS) {
    const records = field(json, layout.list);
    if (!Array.isArray(records)) continue;
    return {
      kind: layout.kind,
      records,
      pageNumber: num(field(json, layout.pageNumber)),
      totalPages: num(field(json, layout.totalPages)),
      totalItems: num(field(json, layout.totalItems)),
      last: bool(field(json, layout.last)),
    };
  }
  if (str(json['id']) !== undefined) return { kind: 'single', records: [json], last: true };
  throw new UnrecognisedFeedError(where, `it has no "content" or "contents" list and no service "id" (its keys are ${Object.keys(json).slice(0, 8).join(', ') || 'none'})`);
}

function readRecord(record: JsonObject, feedId: string, kind: PageKind, today: string): FeedService {
  if (looksLikeOutpost(record)) return readOutpostService(record, feedId, today);
  if (kind === 'hsds3-list') return readHsds3Service(record, feedId);
  if (kind === 'oruk1-list' || looksLikeOruk1(record)) return readOruk1Service(record, feedId);
  return readHsds3Service(record, feedId);
}

/**
 * Every record of every page as a FeedService; a record that is not an
 * object, has no id, or repeats an id is listed as skipped, never dropped.
 */
export function readFeedPages(pages: readonly FeedPage[], today: string): { services: FeedService[]; skipped: SkippedRecord[] } {
  const services: FeedService[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  pages.forEach((page, p) => {
    page.records.forEach((record, r) => {
      const where = `(record ${r + 1} of page ${p + 1})`;
      if (!isObject(record)) {
        skipped.push({ feedId: where, field: 'record', reason: 'it is not a JSON object' });
        return;
      }
      const feedId = str(record['id']);
      const name = str(record['name']);
      if (feedId === undefined) {
        skipped.push({ feedId: where, name, field: 'id', reason: 'it has no id, so it could not be kept in step with the feed' });
        return;
      }
      if (seen.has(feedId)) {
        skipped.push({ feedId, name, field: 'id', reason: 'the feed has this id more than once; only the first is taken' });
        return;
      }
      seen.add(feedId);
      services.push(readRecord(record, feedId, page.kind, today));
    });
  });
  return { services, skipped };
}
