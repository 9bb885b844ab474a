import type { APIRoute } from 'astro';
import { siteDataPackage } from '../../../directory/hsds-open-data';

/** The HSDS 3.0 tabular data package's descriptor: one CSV per table, beside it. */
export const GET: APIRoute = () => new Response(JSON.stringify(siteDataPackage(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
