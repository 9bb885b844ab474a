/**
 * Browser tests run against a built site: the live site in dist/ for the
 * checks every area must pass (tests/site/), the frozen sample's build for the
 * journeys (tests/e2e/); the project's DIST_DIR says which (vitest.config.ts).
 * `npm test` builds both. Serves it once for every test file of the project.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChrome } from './browser';
import { serveSite } from './server';
import { SAMPLE_DIST } from '../sample/sample-area';
import { dataDir } from '../../src/core/files.node.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = project.config.env?.['DIST_DIR'] ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`There is no built site in ${dist}/. Run \`npm test\`, which builds it (or \`npm run build\` for dist/, \`npm run build:sample\` for ${SAMPLE_DIST}/).`);
  findChrome(); // fails early with a clear message if Chromium is missing
  // A site under a path (siteUrl https://www.council.gov.uk/localoffer/) is served under it: baseUrl is then
  // http://127.0.0.1:port/localoffer, and `${baseUrl}/` its home page.
  const server = await serveSite(dist, dataDir({ ...process.env, ...project.config.env }));
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
