import type { APIRoute } from 'astro';
import { planJsonResponse } from '../../plan/plan-downloads';

export const GET: APIRoute = () => planJsonResponse('counts');
