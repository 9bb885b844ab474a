/** The release calendar as an iCalendar feed (src/calendar/ics.ts): one event per planned publication. */
import type { APIRoute } from 'astro';
import { buildDate } from '../../core/build-date';
import { site } from '../../config/site.node.ts';
import { toIcs } from '../../calendar/ics';
import { getPlannedPublications } from '../../calendar/views';

export const GET: APIRoute = async () =>
  new Response(toIcs(await getPlannedPublications(), { name: `${site.areaName} SEND Local Offer: release calendar`, siteUrl: site.siteUrl, stamp: buildDate() }), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
