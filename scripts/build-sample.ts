/**
 * `npm run build:sample`: builds the frozen sample area in tests/sample/ on its
 * pinned day into dist-sample/ (with its search index), for the browser
 * journey tests. The same build as `npm run build`, from other folders.
 */
import { spawnSync } from 'node:child_process';
import { SAMPLE_DIST, SAMPLE_ENV } from '../tests/sample/sample-area';

const env = { ...process.env, ...SAMPLE_ENV };
const steps: [string, string[]][] = [
  [process.execPath, ['--env-file=build.env', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', SAMPLE_DIST]],
  ['npx', ['pagefind', '--site', SAMPLE_DIST]],
];
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
