import type { APIRoute } from 'astro';
import { planCsvResponse } from '../../lib/plan-downloads';

export const GET: APIRoute = () => planCsvResponse('current');
