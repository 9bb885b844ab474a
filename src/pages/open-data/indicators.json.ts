import type { APIRoute } from 'astro';
import { getIndicatorViews } from '../../indicators/collection';
import { indicatorsJsonResponse } from '../../indicators/downloads';
import { site } from '../../config/site';

export const GET: APIRoute = async () => indicatorsJsonResponse(await getIndicatorViews(), `SEND figures and improvement plan measures, ${site.areaName}, by period`);
