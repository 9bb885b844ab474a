import { defineConfig } from 'vitest/config';
import { SAMPLE_DIST, SAMPLE_ENV } from './tests/sample/sample-area.ts';

/**
 * Three projects. The tests of the software (unit, and the browser journeys in
 * e2e) read the frozen sample area in tests/sample/ on its pinned day, never
 * data/ or content/, so they pass on any council's repository on any day. The
 * site checks (tests/site/) run on the live build in dist/ and assert only what
 * holds for any valid area on any day.
 */
const browserProject = {
  environment: 'node' as const,
  globalSetup: ['tests/support/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // Test files at once, each with its own Chromium, and within a file up to four pages at once
  // (tests/support/every-page.ts): while one page waits for the network to be quiet, another is checked.
  fileParallelism: true,
  maxWorkers: 2,
  maxConcurrency: 4,
};

export default defineConfig({
  test: {
    // Name only tests slower than this; the rest are summarised per file (every-page checks take a second or two each).
    slowTestThreshold: 15_000,
    projects: [
      // Workers: vitest's default on two cores is one; several tests wait on git or a child process, so three keep both cores busy.
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node', testTimeout: 30_000, maxWorkers: 3, env: { ...SAMPLE_ENV } } },
      { test: { ...browserProject, name: 'e2e', include: ['tests/e2e/**/*.test.ts'], env: { ...SAMPLE_ENV, DIST_DIR: SAMPLE_DIST } } },
      { test: { ...browserProject, name: 'site', include: ['tests/site/**/*.test.ts'], env: { DIST_DIR: 'dist' } } },
    ],
  },
});
