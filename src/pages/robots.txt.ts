import type { APIRoute } from 'astro';
import { site } from '../config/site.node.ts';
import { absoluteUrl, withBase } from '../core/base-path';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${withBase('/')}\nSitemap: ${absoluteUrl('/sitemap-index.xml', site.siteUrl)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
