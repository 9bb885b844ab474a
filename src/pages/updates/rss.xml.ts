/** The updates feed: every update, newest first, with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getUpdates } from '../../content/updates/collection';
import { feedItems } from '../../content/updates/pages';
import { site } from '../../config/site.node.ts';

export const GET: APIRoute = async (context) =>
  rss({
    title: `${site.areaName} SEND Local Offer: updates`,
    description: `News, new figures and “You said, we did” from ${site.council}’s Local Offer for children and young people with SEND.`,
    site: context.site ?? site.siteUrl,
    items: feedItems(await getUpdates()),
    customData: '<language>en-gb</language>',
  });
