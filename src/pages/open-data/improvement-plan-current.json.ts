import type { APIRoute } from 'astro';
import { planJsonResponse } from '../../lib/plan-downloads';

export const GET: APIRoute = () => planJsonResponse('current');
