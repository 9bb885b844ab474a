/**
 * What kind of page a path is, for site search: results show it ("Guide",
 * "Service") and the search index can be filtered by it. Worked out from the
 * URL so no page has to say it.
 */

export const PAGE_TYPES = ['Guide', 'Service', 'Figures', 'Update', 'Page'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const BY_PREFIX: readonly (readonly [string, PageType])[] = [
  ['/guides/', 'Guide'],
  ['/young-people/', 'Guide'],
  ['/services/', 'Service'],
  ['/data/', 'Figures'],
  ['/progress/', 'Figures'],
  ['/updates/', 'Update'],
];

/** The type of page at a site path such as `/guides/if-you-disagree/`. */
export function pageTypeFor(path: string): PageType {
  return BY_PREFIX.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'Page';
}

/** The "not found" page, which a host serves at any missing address: it has no address of its own to be found at. */
export function isNotFoundPage(path: string): boolean {
  return ['/404/', '/404.html', '/404'].includes(path);
}

/** Pages that are not worth finding in search results: the search page itself, the "not found" page and staff pages. */
export function isSearchIndexed(path: string): boolean {
  return path !== '/search/' && !isNotFoundPage(path) && !path.startsWith('/publish/');
}
