/**
 * `npm run bench`: builds a large local area the way a user does and prints the
 * figures that matter at scale. Not a test: it prints, it does not pass or fail.
 *
 *   5,000 services, 150 guides, 10 years of monthly EHCP figures,
 *   a 300-action plan with 12 reviews
 *
 * Runs each command of `npm run build` (read from package.json) into
 * bench-out/dist, timing each with its peak memory, then a bare Astro build of
 * as many trivial pages, and prints the whole-pipeline ratio: our whole build
 * against the bare build plus pagefind over our own pages (target ≤ 1.5×).
 * The machine's speed changes from minute to minute (the bare build alone took
 * from 5.3 s to 8.8 s on the same machine in one afternoon), so this is done
 * --runs times (5), ours and then bare each time, and the ratio printed is the
 * median of the runs' ratios: each compares two builds made a minute apart.
 * Then where the time goes: the phases of `astro build`, rendering time by
 * section, and with --cpu-prof the functions and packages that used the CPU
 * (from an extra, profiled build, so the timings above are not slowed).
 * Ends with the dist/ size, the pagefind index and the weight of each page type.
 * Options: --services N --guides N --months N --actions N --reviews N --runs N --keep --cpu-prof
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { generateFixtures } from './generate-fixtures';
import { contentDir as areaContent, dataDir as areaData } from '../src/core/files.node.ts';
import { buildPhases, medianBy, renderingBySection, summariseCpuProfile, type CpuProfile, type TimedLine } from './lib/build-profile';
import { pipelineCommands, type Command } from './lib/pipeline';
import { readCommandLine, wholeNumber } from './lib/cli';

const options = readCommandLine(
  {
    command: 'npm run bench --',
    summary: 'Builds a large generated local area the way a user does, several times, and prints build time, memory, the ratio to a bare Astro build, where the time goes, and page weights. It prints figures; it does not pass or fail.',
    options: {
      services: { type: 'string', value: '<n>', default: '5000', description: 'Services to generate.' },
      guides: { type: 'string', value: '<n>', default: '150', description: 'Extra guides to generate.' },
      months: { type: 'string', value: '<n>', default: '120', description: 'Months of EHCP figures.' },
      actions: { type: 'string', value: '<n>', default: '300', description: 'Improvement-plan actions.' },
      reviews: { type: 'string', value: '<n>', default: '12', description: 'Improvement-plan reviews.' },
      runs: { type: 'string', value: '<n>', default: '5', description: 'Builds of each kind; the ratio printed is the median.' },
      keep: { type: 'boolean', description: 'Keep bench-out/ (the generated area and its build) afterwards.' },
      'cpu-prof': { type: 'boolean', description: 'Add a profiled build and print the functions and packages that used the CPU.' },
    },
    examples: ['npm run bench', 'npm run bench -- --services 2000 --runs 1 --keep'],
  },
  ({ values }) => ({
    counts: {
      services: wholeNumber('services', values.services, 5000),
      'ehcp-months': wholeNumber('months', values.months, 120),
      'plan-actions': wholeNumber('actions', values.actions, 300),
      'plan-reviews': wholeNumber('reviews', values.reviews, 12),
      guides: wholeNumber('guides', values.guides, 150),
    },
    runs: wholeNumber('runs', values.runs, 5, 1),
    keep: values.keep,
    cpuProf: values['cpu-prof'],
  }),
);

const ROOT = resolve('bench-out');
const bin = (name: string) => (existsSync(resolve('node_modules', '.bin', name)) ? resolve('node_modules', '.bin', name) : name);

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

interface Timed {
  seconds: number;
  /** User plus system CPU time: less swayed than wall time by other work on the machine. */
  cpuSeconds?: number;
  peakMb?: number;
  lines: TimedLine[];
}

/**
 * Runs a command (under /usr/bin/time when it is there, for its peak memory:
 * maximum resident set size), noting when each line of its output appeared.
 */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Timed> {
  const useTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const child = useTime ? spawn('/usr/bin/time', ['-v', command, ...args], { env, cwd }) : spawn(command, args, { env, cwd });
  const lines: TimedLine[] = [];
  const note = (text: string) => lines.push({ ms: performance.now() - start, text });
  createInterface({ input: child.stdout }).on('line', note);
  createInterface({ input: child.stderr }).on('line', note);
  return new Promise((done, fail) => {
    child.on('close', (status) => {
      const seconds = (performance.now() - start) / 1000;
      if (status !== 0) {
        console.error(lines.slice(-60).map((l) => l.text).join('\n'));
        fail(new Error(`${command} ${args.join(' ')} failed`));
        return;
      }
      const find = (pattern: RegExp) => lines.map((l) => l.text.match(pattern)).find((m) => m)?.[1];
      const rss = find(/Maximum resident set size \(kbytes\): (\d+)/);
      const user = find(/User time \(seconds\): ([\d.]+)/);
      const system = find(/System time \(seconds\): ([\d.]+)/);
      done({ seconds, ...(rss ? { peakMb: Number(rss) / 1024 } : {}), ...(user && system ? { cpuSeconds: Number(user) + Number(system) } : {}), lines });
    });
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`.padStart(8);
const peak = (t: { peakMb?: number | undefined; cpuSeconds?: number | undefined }) =>
  `${t.cpuSeconds === undefined ? '' : `, CPU ${t.cpuSeconds.toFixed(1)} s`}${t.peakMb === undefined ? '' : `, peak memory ${t.peakMb.toFixed(0)} MB`}`;

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(ROOT, { recursive: true });
const dataDir = join(ROOT, 'data');
const contentDir = join(ROOT, 'content');
const counts = options.counts;
console.log(`Generating: ${counts.services} services, ${counts.guides} extra guides, ${counts['ehcp-months']} months of EHCP figures, ${counts['plan-actions']} plan actions over ${counts['plan-reviews']} reviews`);
generateFixtures(areaData(), dataDir, 42, counts, { from: areaContent(), to: contentDir });

const env = { ...process.env, DATA_DIR: dataDir, CONTENT_DIR: contentDir, BUILD_DATE: '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1' };
const dist = join(ROOT, 'dist');
const buildScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build']!;
// --force: a cold content cache, as on a fresh checkout or in CI (and never another build's cached entries).
const forced = (c: Command): Command => (c.astroBuild ? { ...c, args: [...c.args, '--force'] } : c);
const commands = pipelineCommands(buildScript, dist, bin).map(forced);

const runs = options.runs;
type Step = Timed & { label: string; astroBuild: boolean };
interface Run {
  steps: Step[];
  total: number;
}

/** Our whole build once, from an empty dist/ (Astro would otherwise spend the first seconds deleting the last one). */
async function ourBuild(): Promise<Run> {
  rmSync(dist, { recursive: true, force: true });
  const steps: Step[] = [];
  for (const c of commands) steps.push({ label: c.label, astroBuild: c.astroBuild, ...(await timed(c.command, c.args, env)) });
  return { steps, total: steps.reduce((n, t) => n + t.seconds, 0) };
}

// The same number of trivial pages in a bare Astro project, built by the same Astro.
const bare = join(ROOT, 'bare');
const bareBuildOnce = (): Promise<Timed> => {
  rmSync(join(bare, 'dist'), { recursive: true, force: true });
  return timed(bin('astro'), ['build'], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, bare);
};

console.log(`Timing npm run build: ${buildScript} (${runs} times, each followed by the bare build)`);
const ourRuns: Run[] = [];
const bareRuns: Timed[] = [];
let pages = 0;
for (let i = 0; i < runs; i++) {
  ourRuns.push(await ourBuild());
  if (i === 0) {
    pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
    mkdirSync(join(bare, 'src', 'pages'), { recursive: true });
    writeFileSync(join(bare, 'astro.config.mjs'), "export default { output: 'static' };\n");
    writeFileSync(
      join(bare, 'src', 'pages', '[n].astro'),
      `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
    );
  }
  bareRuns.push(await bareBuildOnce());
}
const pagefindOf = (r: Run) => r.steps.find((t) => t.label.startsWith('pagefind'))?.seconds ?? 0;
// The median run of each, and the pagefind time from our median run of it.
const { steps, total } = medianBy(ourRuns, (r) => r.total);
const astroStep = steps.find((t) => t.astroBuild);
const pagefindStep = medianBy(ourRuns, pagefindOf).steps.find((t) => t.label.startsWith('pagefind'));
const bareBuild = medianBy(bareRuns, (b) => b.seconds);
const baseline = bareBuild.seconds + (pagefindStep?.seconds ?? 0);
// Like for like: the bare build with our build.concurrency (pages rendered at once) too.
const concurrency = Number(readFileSync('astro.config.mjs', 'utf8').match(/concurrency:\s*(\d+)/)?.[1] ?? 1);
writeFileSync(join(bare, 'astro.config.mjs'), `export default { output: 'static', build: { concurrency: ${concurrency} } };\n`);
const bareSame = concurrency > 1 ? await bareBuildOnce() : undefined;

console.log(`\n=== Open Local Offer at scale: ${pages} pages (${cpus().length} CPUs, load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
console.log(`npm run build, command by command (the median of ${runs} runs):`);
for (const t of steps) console.log(`  ${t.label.padEnd(34)}${s(t.seconds)}${peak(t)}`);
const cpu = steps.reduce((n, t) => n + (t.cpuSeconds ?? 0), 0);
const peakMb = Math.max(...ourRuns.flatMap((r) => r.steps.map((t) => t.peakMb ?? 0)));
console.log(`  ${'whole command'.padEnd(34)}${s(total)}, CPU ${cpu.toFixed(1)} s, peak memory ${peakMb.toFixed(0)} MB in any run (target ≤ 1,024)`);
if (astroStep) console.log(`  (astro build: ${(pages / astroStep.seconds).toFixed(0)} pages per second)`);
console.log(`bare Astro build of ${pages} trivial pages${s(bareBuild.seconds)}${peak(bareBuild)}`);
console.log(`bare build + pagefind over our pages  ${s(baseline)}`);
const ratios = ourRuns.map((r, i) => r.total / (bareRuns[i]!.seconds + pagefindOf(r)));
console.log(`RATIO: the whole build takes ${medianBy(ratios, (r) => r).toFixed(2)}× the bare build plus pagefind (target ≤ 1.5×; the median of ${runs} runs)`);
if (runs > 1) {
  console.log(`       run by run: ${ratios.map((r) => r.toFixed(2)).join(', ')} (ours ${ourRuns.map((r) => r.total.toFixed(1)).join(', ')} s; bare ${bareRuns.map((b) => b.seconds.toFixed(1)).join(', ')} s)`);
  console.log(`       the medians of each: ${(total / baseline).toFixed(2)}×`);
}
if (bareSame) {
  const same = bareSame.seconds + (pagefindStep?.seconds ?? 0);
  console.log(`       like for like, the bare build also rendering ${concurrency} pages at once (${bareSame.seconds.toFixed(1)} s): ${(total / same).toFixed(2)}×`);
}
if (bareBuild.cpuSeconds !== undefined && pagefindStep?.cpuSeconds !== undefined) {
  console.log(`       in CPU time: ${(cpu / (bareBuild.cpuSeconds + pagefindStep.cpuSeconds)).toFixed(2)}× (${cpu.toFixed(1)} s against ${(bareBuild.cpuSeconds + pagefindStep.cpuSeconds).toFixed(1)} s)`);
}

if (astroStep) {
  console.log('\nWhere astro build spends its time (from when its log lines appeared), ours and the bare build:');
  const bareMs = new Map(buildPhases(bareBuild.lines, bareBuild.seconds * 1000).map((p) => [p.name, p.ms]));
  for (const p of buildPhases(astroStep.lines, astroStep.seconds * 1000)) console.log(`  ${p.name.padEnd(36)}${s(p.ms / 1000)}${s((bareMs.get(p.name) ?? 0) / 1000)}`);
  console.log(`Rendering by section (sum of the per-page times Astro prints${concurrency > 1 ? `; with ${concurrency} pages at once these overlap, so they add up to more than the time taken` : ''}):`);
  for (const r of renderingBySection(astroStep.lines).slice(0, 8)) console.log(`  ${r.section.padEnd(24)}${String(r.pages).padStart(6)} pages${s(r.ms / 1000)}  ${(r.ms / r.pages).toFixed(1)} ms a page`);
}

const distSize = folderSize(dist);
const indexSize = existsSync(join(dist, 'pagefind')) ? folderSize(join(dist, 'pagefind')) : { bytes: 0, files: 0 };

if (options.cpuProf && astroStep) {
  const profDir = join(ROOT, 'cpu-prof');
  // Into a folder of its own: building over dist/ would first spend its time deleting the last build.
  const astro = pipelineCommands(buildScript, join(ROOT, 'dist-profiled'), bin).map(forced).find((c) => c.astroBuild)!;
  console.log('\nProfiling a second astro build (node --cpu-prof)...');
  await timed(astro.command, astro.args, { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}` });
  const profiles = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => JSON.parse(readFileSync(join(profDir, f), 'utf8')) as CpuProfile);
  const biggest = profiles.map((p) => summariseCpuProfile(p)).sort((a, b) => b.totalMs - a.totalMs)[0];
  if (biggest) {
    console.log(`CPU by package or file (self time, of ${(biggest.totalMs / 1000).toFixed(1)} s sampled):`);
    for (const o of biggest.owners) console.log(`  ${o.name.padEnd(44)}${s(o.ms / 1000)}`);
    console.log('Top functions (self time):');
    for (const f of biggest.functions) console.log(`  ${f.name.slice(0, 70).padEnd(72)}${s(f.ms / 1000)}`);
  }
}

console.log(`\npagefind index      ${mb(indexSize.bytes)} in ${indexSize.files} files`);
console.log(`dist/               ${mb(distSize.bytes)} in ${distSize.files} files\n`);
const weights = spawnSync(bin('tsx'), ['scripts/check-site.ts', '--budgets-only'], { env: { ...env, DIST_DIR: dist }, encoding: 'utf8' });
console.log(weights.stdout.trim());
if (weights.status !== 0) console.log(weights.stderr.trim());

// Astro's content cache now describes bench-out's files; the next build of the project's own content starts afresh.
rmSync(join('node_modules', '.astro'), { recursive: true, force: true });
if (!options.keep) rmSync(ROOT, { recursive: true, force: true });
