/** The updates feed: every update, newest first, with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getUpdates } from '../../content/updates/collection';
import { feedItems } from '../../content/updates/pages';
import { site } from '../../config/site.node.ts';
import { absoluteUrl } from '../../core/base-path';

export const GET: APIRoute = async () =>
  rss({
    title: `${site.areaName} SEND Local Offer: updates`,
    description: `News, new figures and “You said, we did” from ${site.council}’s Local Offer for children and young people with SEND.`,
    site: site.siteUrl,
    // Full addresses: the feed's own resolving would drop the path of a site hosted under one.
    items: feedItems(await getUpdates()).map((item) => ({ ...item, link: absoluteUrl(item.link, site.siteUrl) })),
    customData: '<language>en-gb</language>',
  });
