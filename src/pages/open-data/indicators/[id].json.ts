import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicatorViews } from '../../../indicators/collection';
import { indicatorsJsonResponse } from '../../../indicators/downloads';
import { indicatorPaths } from '../../../indicators/suite';
import type { IndicatorView } from '../../../indicators/view';
import { site } from '../../../config/site';

export const getStaticPaths = (async () => indicatorPaths(await getIndicatorViews())) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: IndicatorView }> = ({ props }) => indicatorsJsonResponse([props.view], `${props.view.indicator.title}, ${site.areaName}, by ${props.view.points[0]?.period.kind ?? 'period'}`);
