/**
 * What the guide hubs list: `/guides/` for parents and carers (and any guides
 * for professionals), `/young-people/` for young people. Pure functions over
 * guides, so the pages stay thin.
 */
import { relatedGuides, sortGuides } from './guides';
import { type Audience, type Format, type GuideRef } from './schema';

/** A guide as the hubs need it. */
export interface HubGuide extends GuideRef {
  data: GuideRef['data'] & { audience: Audience; format: Format };
}

export interface GuideHubs<T> {
  /** For `/guides/`: guides for parents and carers, in `order`, then A to Z. */
  parentsCarers: T[];
  /** Also on `/guides/`, in their own section, if there are any. */
  professionals: T[];
  /** For `/young-people/`: guides written for young people, easy-read or not. */
  youngPeople: T[];
}

/** Splits guides by audience and sorts each list for the hubs. */
export function guideHubs<T extends HubGuide>(guides: readonly T[]): GuideHubs<T> {
  const of = (audience: Audience) => sortGuides(guides.filter((g) => g.data.audience === audience));
  return { parentsCarers: of('parents-carers'), professionals: of('professionals'), youngPeople: of('young-people') };
}

/** Where a guide's page is: `ehcp-process` → `/guides/ehcp-process/`. */
export function guideHref(slug: string): string {
  return `/guides/${slug}/`;
}

/** The hub a guide belongs to, for its breadcrumbs. */
export function guideHub(data: { audience: Audience; format: Format }): { href: string; label: string } {
  return data.audience === 'young-people' || data.format === 'easy-read'
    ? { href: '/young-people/', label: 'Young people' }
    : { href: '/guides/', label: 'Guides' };
}

/**
 * The first picture in a guide's Markdown (`![alt](src)`), for the hub to show
 * beside its link; undefined if the guide has none.
 */
export function firstPicture(body: string): { src: string; alt: string } | undefined {
  const match = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(body);
  if (!match) return undefined;
  return { alt: (match[1] ?? '').trim(), src: match[2] as string };
}

/**
 * Related guides for a guide page: those it names in `related` first, then
 * guides for the same audience that share a topic. A young person reading an
 * easy-read guide is not pointed at a parents' guide unless a writer chose it.
 */
export function relatedForPage<T extends HubGuide>(guide: HubGuide, all: readonly T[], limit = 3): T[] {
  const named = new Set(guide.data.related ?? []);
  const pool = all.filter((g) => named.has(g.slug) || g.data.audience === guide.data.audience);
  return relatedGuides(guide, pool, limit);
}
