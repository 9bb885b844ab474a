import type { APIRoute } from 'astro';
import { siteDataPackage } from '../../../../directory/hsds-open-data';
import { jsonResponse } from '../../../../core/open-data';

/** The HSDS 3.0 tabular data package's descriptor: one CSV per table, beside it. */
export const GET: APIRoute = async () => jsonResponse(await siteDataPackage());
