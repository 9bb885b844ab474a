import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndicatorViews } from '../../../indicators/collection';
import { indicatorsCsvResponse } from '../../../indicators/downloads';
import { indicatorPaths } from '../../../indicators/suite';
import type { IndicatorView } from '../../../indicators/view';

export const getStaticPaths = (async () => indicatorPaths(await getIndicatorViews())) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: IndicatorView }> = ({ props }) => indicatorsCsvResponse([props.view]);
