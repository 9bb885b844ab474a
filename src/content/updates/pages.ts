/**
 * Addresses and feed items for the updates pages (news, data releases and
 * "You said, we did"). Pure, so the pages and the RSS feed agree.
 */
import { UPDATE_TYPE_LABELS, sortNewestFirst, type UpdateFrontmatter, type UpdateType } from './updates';

export const UPDATES_PATH = '/updates/';
export const UPDATES_FEED_PATH = '/updates/rss.xml';

/** What one update of each type is called, next to its date: "Data release", not "Data releases". */
export const UPDATE_TYPE_SINGULAR: Record<UpdateType, string> = {
  news: 'News',
  'data-release': 'Data release',
  'you-said-we-did': 'You said, we did',
};

/** `/updates/2026-10-20-you-said-phone-line/` for the file `2026-10-20-you-said-phone-line.md`. */
export function updatePath(id: string): string {
  return `${UPDATES_PATH}${id}/`;
}

/** `/updates/type/you-said-we-did/`: the updates of one type. */
export function updateTypePath(type: UpdateType): string {
  return `${UPDATES_PATH}type/${type}/`;
}

/** The links at the top of the updates pages, "All updates" first, with the current one marked. */
export function updateFilterLinks(current: UpdateType | 'all'): { href: string; label: string; current: boolean }[] {
  return [
    { href: UPDATES_PATH, label: 'All updates', current: current === 'all' },
    ...(Object.keys(UPDATE_TYPE_LABELS) as UpdateType[]).map((type) => ({ href: updateTypePath(type), label: UPDATE_TYPE_LABELS[type], current: current === type })),
  ];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/**
 * One RSS item per update, newest first. "You said, we did" items carry what
 * people said and what the council did, so a feed reader shows the whole point.
 */
export function feedItems(updates: readonly { id: string; data: UpdateFrontmatter }[]): FeedItem[] {
  return sortNewestFirst(updates).map(({ id, data }) => ({
    title: data.title,
    link: updatePath(id),
    pubDate: new Date(`${data.date}T00:00:00Z`),
    description:
      data.type === 'you-said-we-did' && data.you_said && data.we_did
        ? `${data.summary} You said: “${data.you_said}” We did: ${data.we_did}`
        : data.summary,
    categories: [UPDATE_TYPE_LABELS[data.type]],
  }));
}
