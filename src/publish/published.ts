/** The published data files (and the guides and updates that state facts from them) as JSON for the check page, and back. */
import type { Snapshot } from '../core/history/guard';
import { factTags } from '../content/facts/facts';

export const PUBLISHED_PATH = '/publish/check/published.json';

/** A guide or update, as check-data reads it: its path and its text. */
export interface ContentFile {
  path: string;
  source: string;
}

export interface PublishedJson {
  /** Each data file's text, by its path inside the data folder (`improvement-plan/areas.csv`). */
  files: Record<string, string>;
  /** Guides, then updates, that use `<Fact>`, in the order check-data reads them. */
  content: ContentFile[];
}

/** What the site was built from, as the check page needs it. */
export interface PublishedSite {
  files: Snapshot;
  content: readonly ContentFile[];
}

/**
 * Files the page's checks never read: the DfE comparisons are written by
 * `npm run import:dfe` and checked by its own loader, and they are large.
 */
const NOT_CHECKED_ON_THE_PAGE = /^compare\//;

export function publishedJson(site: PublishedSite): PublishedJson {
  const decoder = new TextDecoder();
  return {
    files: Object.fromEntries([...site.files].filter(([path]) => !NOT_CHECKED_ON_THE_PAGE.test(path)).map(([path, bytes]) => [path, decoder.decode(bytes)])),
    content: site.content.filter((c) => factTags(c.source).length > 0),
  };
}

export function publishedFromJson(json: PublishedJson): PublishedSite {
  const encoder = new TextEncoder();
  return { files: new Map(Object.entries(json.files).map(([path, text]) => [path, encoder.encode(text)])), content: json.content };
}
