/**
 * Browser tests run against the built site in dist/ (run `npm run build`
 * first; `npm test` does). Serves it once for every test file.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChrome } from '../support/browser';
import { serveDist } from '../support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('There is no built site in dist/. Run `npm run build` first (or `npm test`, which builds it).');
  findChrome(); // fails early with a clear message if Chromium is missing
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
