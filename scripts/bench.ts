/**
 * `npm run bench`: builds a large local area and prints the figures that
 * matter at scale. Not a test: it prints, it does not pass or fail.
 *
 *   5,000 services, 150 guides, 10 years of monthly EHCP figures,
 *   a 300-action plan with 12 reviews
 *
 * Prints build time, pages per second, peak memory, dist/ size, pagefind index
 * size and the gzipped weight of each page type, then builds a bare Astro site
 * with the same number of trivial pages in the same run, and prints the ratio.
 * Options: --services N --guides N --months N --actions N --reviews N --keep
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFixtures } from './generate-fixtures';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '5000' },
    guides: { type: 'string', default: '150' },
    months: { type: 'string', default: '120' },
    actions: { type: 'string', default: '300' },
    reviews: { type: 'string', default: '12' },
    keep: { type: 'boolean', default: false },
  },
});

const ROOT = resolve('bench-out');
const bin = (name: string) => resolve('node_modules', '.bin', name);

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Runs a command under /usr/bin/time when it is there, for peak memory (max resident set size). */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): { seconds: number; peakMb?: number; output: string } {
  const useTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-v', command, ...args], { env, cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, args, { env, cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
  const rss = result.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  return { seconds, ...(rss ? { peakMb: Number(rss[1]) / 1024 } : {}), output: result.stdout };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(ROOT, { recursive: true });
const dataDir = join(ROOT, 'data');
const contentDir = join(ROOT, 'content');
const counts = {
  services: Number(values.services),
  'ehcp-months': Number(values.months),
  'plan-actions': Number(values.actions),
  'plan-reviews': Number(values.reviews),
  guides: Number(values.guides),
};
console.log(`Generating: ${counts.services} services, ${counts.guides} extra guides, ${counts['ehcp-months']} months of EHCP figures, ${counts['plan-actions']} plan actions over ${counts['plan-reviews']} reviews`);
generateFixtures(resolve('data'), dataDir, 42, counts, { from: resolve('content'), to: contentDir });

const env = { ...process.env, DATA_DIR: dataDir, CONTENT_DIR: contentDir, BUILD_DATE: '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1' };
const dist = join(ROOT, 'dist');

const check = timed(bin('tsx'), ['scripts/check-data.ts'], env);
const build = timed(bin('astro'), ['build', '--outDir', dist], env);
const pagefind = timed(bin('pagefind'), ['--site', dist], env);
const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
const distSize = folderSize(dist);
const indexSize = existsSync(join(dist, 'pagefind')) ? folderSize(join(dist, 'pagefind')) : { bytes: 0, files: 0 };

// The same number of trivial pages in a bare Astro project, built by the same Astro.
const bare = join(ROOT, 'bare');
mkdirSync(join(bare, 'src', 'pages'), { recursive: true });
writeFileSync(join(bare, 'astro.config.mjs'), "export default { output: 'static' };\n");
writeFileSync(
  join(bare, 'src', 'pages', '[n].astro'),
  `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
);
const bareBuild = timed(bin('astro'), ['build'], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, bare);

console.log('\n=== Open Local Offer at scale');
console.log(`data check          ${check.seconds.toFixed(1)} s${check.peakMb ? `, peak memory ${check.peakMb.toFixed(0)} MB` : ''}`);
console.log(`astro build         ${build.seconds.toFixed(1)} s for ${pages} pages (${(pages / build.seconds).toFixed(0)} pages per second)${build.peakMb ? `, peak memory ${build.peakMb.toFixed(0)} MB` : ''}`);
console.log(`pagefind index      ${pagefind.seconds.toFixed(1)} s, ${mb(indexSize.bytes)} in ${indexSize.files} files`);
console.log(`dist/               ${mb(distSize.bytes)} in ${distSize.files} files`);
console.log(`bare Astro build    ${bareBuild.seconds.toFixed(1)} s for ${pages} trivial pages${bareBuild.peakMb ? `, peak memory ${bareBuild.peakMb.toFixed(0)} MB` : ''}`);
console.log(`ratio               ${(build.seconds / bareBuild.seconds).toFixed(1)}× the bare build's time`);
console.log('');
const weights = spawnSync(bin('tsx'), ['scripts/check-site.ts', '--budgets-only'], { env: { ...env, DIST_DIR: dist }, encoding: 'utf8' });
console.log(weights.stdout.trim());
if (weights.status !== 0) console.log(weights.stderr.trim());

if (!values.keep) rmSync(ROOT, { recursive: true, force: true });
