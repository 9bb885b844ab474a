/**
 * The frozen sample area the tests of the software use (see README.md here),
 * and the "today" they pin: the sample's October 2026 figures were published
 * and its November review was due, as the sample was written.
 */
import { resolve } from 'node:path';

export const SAMPLE_ROOT = resolve(import.meta.dirname);
export const SAMPLE_DATA = resolve(SAMPLE_ROOT, 'data');
export const SAMPLE_CONTENT = resolve(SAMPLE_ROOT, 'content');
/** BUILD_DATE for every test that builds or checks the sample. */
export const SAMPLE_BUILD_DATE = '2026-11-22';
export const SAMPLE_TODAY = new Date(`${SAMPLE_BUILD_DATE}T12:00:00Z`);
/** Where `npm test` builds the sample site. */
export const SAMPLE_DIST = 'dist-sample';

/** The environment that points the project's code at the sample on its pinned day. */
export const SAMPLE_ENV = { DATA_DIR: 'tests/sample/data', CONTENT_DIR: 'tests/sample/content', BUILD_DATE: SAMPLE_BUILD_DATE } as const;

/**
 * The sample built a second time as a GitHub Pages project site would host it,
 * under a path (tests/e2e/under-path.test.ts): the same data and content, with
 * this siteUrl in a copy of its site.yaml, and another brand colour, so the
 * icon and theme colour are seen to follow the configuration.
 */
export const UNDER_PATH = { siteUrl: 'https://northbrook.example/local-offer/', base: '/local-offer/', brandColour: '#7a2e8e', dist: 'dist-sample-under-path' } as const;
