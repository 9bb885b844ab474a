import type { APIRoute } from 'astro';
import { planCsvResponse } from '../../plan/plan-downloads';

export const GET: APIRoute = () => planCsvResponse('counts');
