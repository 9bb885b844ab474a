/**
 * Writes a data directory for load tests and benchmarks:
 *
 *   tsx scripts/generate-fixtures.ts --services 5000 --out bench-out/data [--seed 42]
 *
 * Every file in data/ is copied, then each generator that was asked for
 * replaces its file with generated rows that pass the same checks as real data
 * (`--services N` keeps the area's own services and adds generated ones up to N).
 * Copied guides and updates get the real area's `<Fact>`s written in as text.
 *   tsx scripts/generate-fixtures.ts --services 5000 --ehcp-months 120 --plan-actions 300 --plan-reviews 12 \\
 *     --guides 150 --out bench-out/data --content-out bench-out/content
 *
 * The generators live beside their features (`src/<feature>/__fixtures__/generate.ts`)
 * and write the readers' own column lists; this is the command over them.
 * Add more to GENERATORS.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCsv } from '../src/core/csv';
import { contentDir as areaContentDir, dataDir as areaDataDir, diskFolder } from '../src/core/files.node.ts';
import { dataFrom, factsFrom } from '../src/build/data';
import { fillFacts, type Facts } from '../src/content/facts/facts';
import { readPostcodeDistricts } from '../src/directory/geo-districts';
import { orThrow } from '../src/core/problems';
import { readTaxonomy } from '../src/directory/taxonomy';
import { DIRECTORY_FILES } from '../src/directory/files';
import { EHCP_FILES } from '../src/ehcp/dataset';
import { PLAN_FILES } from '../src/plan/dataset';
import { generateServicesCsv } from '../src/directory/__fixtures__/generate';
import { generateEhcpCsv } from '../src/ehcp/__fixtures__/generate';
import { generatePlanFiles } from '../src/plan/__fixtures__/generate';
import { generateGuideFiles } from '../src/content/__fixtures__/generate.node.ts';
import { parseCommandLine, readCommandLine, UsageError, wholeNumber, type CommandLine, type CommandSpec, type OptionSpec } from './lib/cli';

interface Context {
  dataDir: string;
  contentDir: string;
  seed: number;
  counts: Record<string, number>;
}

/** Each generator writes files into the data folder or the content folder. Add more here. */
export const GENERATORS: Record<string, { target: 'data' | 'content'; description: string; run: (count: number, ctx: Context) => Record<string, string> }> = {
  services: {
    target: 'data',
    description: "Services in all: the area's own, then generated ones up to this number.",
    run: (count, ctx) => {
      const read = (path: string) => readFileSync(join(ctx.dataDir, path));
      const taxonomy = orThrow(readTaxonomy(read(DIRECTORY_FILES.taxonomy), `data/${DIRECTORY_FILES.taxonomy}`));
      const districts = orThrow(readPostcodeDistricts(read(DIRECTORY_FILES.districts), `data/${DIRECTORY_FILES.districts}`));
      // The area's own services come first: guides give their phone numbers (<Fact name="service.…" />).
      const own = read(DIRECTORY_FILES.services).toString('utf8').trimEnd();
      const ownCount = parseCsv(own, DIRECTORY_FILES.services, { required: [] }).table.rows.length;
      const generated = generateServicesCsv(Math.max(0, count - ownCount), ctx.seed, taxonomy, districts).replace(/^[^\n]*\n/, '');
      return { [DIRECTORY_FILES.services]: `${own}\r\n${generated}` };
    },
  },
  'ehcp-months': { target: 'data', description: 'Months of EHCP figures.', run: (count, ctx) => ({ [EHCP_FILES.timeliness]: generateEhcpCsv(count, ctx.seed) }) },
  'plan-actions': { target: 'data', description: 'Improvement-plan actions, over --plan-reviews reviews (default 4).', run: (count, ctx) => generatePlanFiles(count, ctx.counts['plan-reviews'] ?? 4, ctx.seed) },
  // Read by plan-actions; on its own it changes nothing.
  'plan-reviews': { target: 'data', description: 'Improvement-plan reviews (with --plan-actions).', run: () => ({}) },
  guides: { target: 'content', description: 'Extra guides, copies of the real ones (needs --content-out).', run: (count, ctx) => generateGuideFiles(count, ctx.contentDir) },
};

export const FIXTURES_COMMAND: CommandSpec = {
  command: 'npm run fixtures --',
  summary: 'Copies the data folder (and the content folder, with --content-out) and fills the copy with generated rows that pass the same checks as real data, for load tests and benchmarks.',
  options: {
    out: { type: 'string', value: '<folder>', description: 'Where to write the data (needed).' },
    'content-out': { type: 'string', value: '<folder>', description: 'Where to write the content (needed with --guides).' },
    seed: { type: 'string', value: '<n>', default: '42', description: 'The same seed gives the same files.' },
    ...Object.fromEntries(Object.entries(GENERATORS).map(([name, g]) => [name, { type: 'string', value: '<n>', description: g.description } as const])),
  },
  examples: ['npm run fixtures -- --services 5000 --out bench-out/data', 'npm run fixtures -- --guides 150 --out bench-out/data --content-out bench-out/content'],
  notes: ['Copies the data folder named by DATA_DIR (default data/) and the content folder named by CONTENT_DIR (default content/).'],
};

/** The options, from the command line as parseCommandLine read it; a UsageError says what is missing or wrong. */
function fixtureOptions({ values }: CommandLine<Record<string, OptionSpec>>): { out: string; contentOut: string | undefined; seed: number; counts: Record<string, number> } {
  const text = (name: string) => values[name] as string | undefined;
  const counts: Record<string, number> = {};
  for (const name of Object.keys(GENERATORS)) if (text(name) !== undefined) counts[name] = wholeNumber(name, text(name), 100);
  const out = text('out');
  if (out === undefined || out === '') throw new UsageError('Say where to write the data with --out <folder>.');
  const contentOut = text('content-out');
  if (counts['guides'] !== undefined && contentOut === undefined) throw new UsageError('Say where to write the content with --content-out <folder> when generating guides.');
  return { out, contentOut, seed: wholeNumber('seed', text('seed'), 42), counts };
}

export function parseArgs(argv: readonly string[]): ReturnType<typeof fixtureOptions> {
  return fixtureOptions(parseCommandLine(FIXTURES_COMMAND, argv));
}

/**
 * Copies dataDir to outDir (and contentDir to contentOut, if given) and runs the
 * chosen generators; returns the files it wrote.
 */
export function generateFixtures(
  dataDir: string,
  outDir: string,
  seed: number,
  counts: Record<string, number>,
  content?: { from: string; to: string },
): string[] {
  mkdirSync(outDir, { recursive: true });
  cpSync(dataDir, outDir, { recursive: true });
  if (counts['plan-actions'] !== undefined) rmSync(join(outDir, PLAN_FILES.reviews), { recursive: true, force: true });
  if (content) cpSync(content.from, content.to, { recursive: true });
  const written: string[] = [];
  const frozen = content ? freezeFacts(dataDir, content.to) : [];
  for (const [name, count] of Object.entries(counts)) {
    const generator = GENERATORS[name]!;
    const root = generator.target === 'data' ? outDir : content?.to;
    if (root === undefined) continue;
    const files = generator.run(count, { dataDir, contentDir: content?.from ?? resolve('content'), seed, counts });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), generator.target === 'content' ? fillFacts(text, frozenFacts(dataDir)) : text);
      written.push(join(root, path));
    }
  }
  return [...frozen, ...written];
}

let cachedFacts: { dataDir: string; facts: Facts } | undefined;

/** The facts of the area the fixtures are copied from (its real months, reviews and services). */
function frozenFacts(dataDir: string): Facts {
  if (cachedFacts?.dataDir !== dataDir) {
    const today = new Date();
    const data = dataFrom(diskFolder(dataDir), today);
    cachedFacts = { dataDir, facts: factsFrom(data.site.value!, data.datasets, today) };
  }
  return cachedFacts.facts;
}

/**
 * Copied guides and updates state facts about the real area (its October 2026
 * figures, its July 2026 review). Generated data has other months and reviews,
 * so the copies get those facts written in as text.
 */
function freezeFacts(dataDir: string, contentOut: string): string[] {
  const changed: string[] = [];
  for (const name of readdirSync(contentOut, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (!/\.mdx?$/.test(name)) continue;
    const path = join(contentOut, name);
    const text = readFileSync(path, 'utf8');
    const filled = fillFacts(text, frozenFacts(dataDir));
    if (filled !== text) {
      writeFileSync(path, filled);
      changed.push(path);
    }
  }
  return changed;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { out, contentOut, seed, counts } = readCommandLine(FIXTURES_COMMAND, fixtureOptions);
  try {
    const content = contentOut === undefined ? undefined : { from: areaContentDir(), to: resolve(contentOut) };
    const written = generateFixtures(areaDataDir(), resolve(out), seed, counts, content);
    console.log(`Wrote ${written.length} generated files into ${resolve(out)}${contentOut ? ` and ${resolve(contentOut)}` : ''}.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
