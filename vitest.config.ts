import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests beside the code, and browser tests that need a built site.
export default defineConfig({
  test: {
    // Name only tests slower than this; the rest are summarised per file (every-page checks take a second or two each).
    slowTestThreshold: 15_000,
    projects: [
      // Workers: vitest's default on two cores is one; several tests wait on git or a child process, so three keep both cores busy.
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node', testTimeout: 30_000, maxWorkers: 3 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two test files at once, each with its own Chromium, and within a file up to four
          // pages at once (tests/support/every-page.ts): while one page waits for the network
          // to be quiet, another is checked. (Three and six took the same time on two cores: both busy.)
          fileParallelism: true,
          maxWorkers: 2,
          maxConcurrency: 4,
        },
      },
    ],
  },
});
