import type { APIRoute } from 'astro';
import { getIndicatorViews } from '../../indicators/collection';
import { indicatorsCsvResponse } from '../../indicators/downloads';

export const GET: APIRoute = async () => indicatorsCsvResponse(await getIndicatorViews());
