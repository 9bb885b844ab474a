/** The site's icon in the configuration's brand colour (src/ui/favicon.ts). */
import type { APIRoute } from 'astro';
import { site } from '../config/site.node.ts';
import { faviconSvg } from '../ui/favicon';

export const GET: APIRoute = () => new Response(faviconSvg(site.brandColour), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
