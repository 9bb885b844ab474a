/**
 * `npm run build:sample`: builds the frozen sample area in tests/sample/ on its
 * pinned day into dist-sample/ (with its search index), for the browser
 * journey tests. The same build as `npm run build`, from other folders.
 * Then builds it again as a site under a path (UNDER_PATH: a copy of its data
 * folder whose site.yaml has a siteUrl with a path and another brand colour),
 * for tests/e2e/under-path.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_DATA, SAMPLE_DIST, SAMPLE_ENV, UNDER_PATH } from '../tests/sample/sample-area';

/** Builds into `outDir` with its search index; false if a step failed (it has said why). */
function build(outDir: string, env: NodeJS.ProcessEnv): boolean {
  const steps: [string, string[]][] = [
    [process.execPath, ['--env-file=build.env', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]],
    ['npx', ['pagefind', '--site', outDir]],
  ];
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { env, stdio: 'inherit' });
    if (result.status !== 0) return false;
  }
  return true;
}

if (!build(SAMPLE_DIST, { ...process.env, ...SAMPLE_ENV })) process.exit(1);

// The copy sits outside the repository, so it has no git history: no revisions, and nothing to compare with.
const data = mkdtempSync(join(tmpdir(), 'olo-sample-under-path-'));
let built = false;
try {
  cpSync(SAMPLE_DATA, data, { recursive: true });
  const config = join(data, 'site.yaml');
  const yaml = readFileSync(config, 'utf8');
  const moved = yaml.replace(/^siteUrl: .*$/m, `siteUrl: ${UNDER_PATH.siteUrl}`).replace(/^brandColour: .*$/m, `brandColour: "${UNDER_PATH.brandColour}"`);
  if (!moved.includes(UNDER_PATH.siteUrl) || !moved.includes(UNDER_PATH.brandColour)) throw new Error(`${config} has no "siteUrl:" or "brandColour:" line to change.`);
  writeFileSync(config, moved);
  console.log(`\nThe sample again, under a path: ${UNDER_PATH.siteUrl} into ${UNDER_PATH.dist}/`);
  built = build(UNDER_PATH.dist, { ...process.env, ...SAMPLE_ENV, DATA_DIR: data });
} finally {
  rmSync(data, { recursive: true, force: true });
}
if (!built) process.exit(1);
