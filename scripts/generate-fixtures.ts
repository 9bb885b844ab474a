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
 * Add more generators to GENERATORS.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCsv, toCsv } from '../src/core/csv';
import { contentDir as areaContentDir, dataDir as areaDataDir, diskFolder } from '../src/core/files.node.ts';
import { dataFrom, factsFrom } from '../src/build/data';
import { fillFacts, type Facts } from '../src/content/facts/facts';
import { addMonths } from '../src/core/format';
import type { District } from '../src/directory/geo';
import { readPostcodeDistricts } from '../src/directory/geo-districts';
import { orThrow } from '../src/core/problems';
import { SERVICES_COLUMN_ORDER } from '../src/directory/services';
import { readTaxonomy, type Taxonomy } from '../src/directory/taxonomy';
import { parseCommandLine, readCommandLine, UsageError, wholeNumber, type CommandLine, type CommandSpec, type OptionSpec } from './lib/cli';

/** Small, fast, seedable PRNG (mulberry32), so the same seed gives the same files. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
function pickSome<T>(rand: Rand, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(rand() * max);
  return [...new Set(Array.from({ length: count }, () => pick(rand, list)))];
}

const PLACES = ['Northbrook', 'Castle Fields', 'Riverside', 'Eastleigh Vale', 'Coldwell', 'Marston', 'Marston Green', 'Hollins', 'Hollins Cross', 'Brackley Heath', 'Westfield', 'Oakenby', 'Ashby Moor', 'Fellside', 'Upper Ashby'];
const ACTIVITIES: Record<string, string[]> = {
  education: ['Learning Support', 'Inclusion Base', 'Reading Club', 'Homework Club', 'Tutoring', 'Nurture Group'],
  health: ['Therapy Clinic', 'Speech and Language Drop-in', 'Physiotherapy Group', 'Wellbeing Service', 'Nursing Team', 'Sleep Clinic'],
  'social-care': ['Family Support', 'Carers Service', 'Outreach Team', 'Personal Assistants'],
  'short-breaks': ['Saturday Club', 'Holiday Scheme', 'After-school Club', 'Sitting Service', 'Weekend Breaks'],
  leisure: ['Swimming', 'Football', 'Drama Group', 'Climbing', 'Cycling', 'Dance', 'Art Club', 'Gaming Club', 'Music Sessions', 'Youth Club'],
  'support-groups': ['Parent Group', 'Coffee Morning', 'Dads Group', 'Siblings Club', 'Peer Support'],
  'preparing-for-adulthood': ['Job Coaching', 'Travel Training', 'Life Skills', 'Volunteering Project'],
  'advice-information': ['Advice Line', 'Benefits Advice', 'Information Hub'],
  'early-years': ['Stay and Play', 'Toddler Group', 'Sensory Play'],
  'housing-independence': ['Independent Living Skills', 'Housing Advice'],
  transport: ['Community Transport', 'Travel Buddies'],
};
const ORGS = ['Community Trust', 'Youth Partnership', 'Parent Carer Network', 'Leisure Trust', 'Family Centre', 'Charity', 'Academy', 'Health Partnership'];
const OPENERS = ['A friendly', 'A small', 'A weekly', 'A relaxed', 'A free', 'A popular', 'An inclusive'];
const FOR = ['children and young people with additional needs', 'families of disabled children', 'young people who find busy places hard', 'children waiting for an assessment', 'teenagers and young adults'];
const SECOND = ['Staff are trained to support a wide range of needs.', 'Parents and carers are welcome to stay.', 'Call us before your first visit so we can plan together.', 'No diagnosis is needed.', 'Places are limited, so please book ahead.'];

/** One generated service row, valid against the taxonomy and districts given. */
function serviceRow(i: number, rand: Rand, taxonomy: Taxonomy, districts: readonly District[]): Record<string, string | number> {
  const category = pick(rand, taxonomy.categories).id;
  const activity = pick(rand, ACTIVITIES[category] ?? ['Support Service']);
  const place = pick(rand, PLACES);
  const ageMin = Math.floor(rand() * 18);
  const ageMax = Math.min(25, ageMin + 2 + Math.floor(rand() * 10));
  const district = pick(rand, districts);
  const hasAddress = rand() < 0.8;
  const org = `${place} ${pick(rand, ORGS)}`;
  const domain = `${place.toLowerCase().replace(/[^a-z]/g, '')}${i}.example`;
  // Review dates from November 2024 to late 2026: some are stale, none in the future.
  const reviewed = new Date(Date.UTC(2024, 10, 1) + Math.floor(rand() * 700) * 86_400_000).toISOString().slice(0, 10);
  const needs = rand() < 0.2 ? [] : pickSome(rand, taxonomy.needs.map((t) => t.id), 3);
  const categories = [...new Set([category, ...(rand() < 0.3 ? [pick(rand, taxonomy.categories).id] : [])])];
  return {
    id: `${place}-${activity}-${i}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: `${place} ${activity}`,
    organisation: org,
    description: `${pick(rand, OPENERS)} ${activity.toLowerCase()} in ${place} for ${pick(rand, FOR)}. ${pick(rand, SECOND)}`,
    categories: categories.join('; '),
    needs: needs.join('; '),
    age_min: ageMin,
    age_max: ageMax,
    area: rand() < 0.25 ? 'all' : pickSome(rand, taxonomy.areas.map((t) => t.id), 2).join('; '),
    address: hasAddress ? `${1 + Math.floor(rand() * 120)} ${pick(rand, ['High Street', 'Station Road', 'Mill Lane', 'Church Lane', 'Park Road'])}, ${place}` : '',
    postcode: hasAddress ? `${district.district} ${1 + Math.floor(rand() * 9)}${pick(rand, ['AB', 'DF', 'HL', 'QP', 'RW', 'TX'])}` : '',
    latitude: '',
    longitude: '',
    phone: `01632 960${String(Math.floor(rand() * 1000)).padStart(3, '0')}`,
    email: `hello@${domain}`,
    website: `https://www.${domain}`,
    cost: pick(rand, ['free', 'free', 'paid', 'varies']),
    cost_details: '',
    opening_times: pick(rand, ['Monday to Friday 9am to 5pm', 'Saturdays 10am to 12 noon', 'Term time only', 'By appointment']),
    referral: pick(rand, ['self', 'self', 'professional', 'either']),
    accessibility: pick(rand, ['', 'Step-free access and an accessible toilet.', 'Quiet room available.']),
    languages: '',
    last_reviewed: reviewed,
  };
}

/** N valid services as CSV text (same seed, same text). */
export function generateServicesCsv(count: number, seed: number, taxonomy: Taxonomy, districts: readonly District[]): string {
  const rand = random(seed);
  const rows = Array.from({ length: count }, (_, i) => serviceRow(i + 1, rand, taxonomy, districts));
  return toCsv(SERVICES_COLUMN_ORDER, rows);
}

interface Context {
  dataDir: string;
  contentDir: string;
  seed: number;
  counts: Record<string, number>;
}

/** The last month of generated EHCP figures: fixed, so the files are the same every day. */
const LAST_MONTH = '2026-10';

/** `count` months of EHCP figures ending in LAST_MONTH, improving slowly with seasonal dips. */
export function generateEhcpCsv(count: number, seed: number): string {
  const rand = random(seed);
  const rows = Array.from({ length: count }, (_, i) => {
    const month = addMonths(LAST_MONTH, i - count + 1);
    const season = month.endsWith('-08') ? 0.55 : month.endsWith('-12') ? 0.8 : 1;
    const den = Math.max(5, Math.round((60 + i * 0.4) * season + (rand() - 0.5) * 16));
    const within = Math.min(den, Math.round(den * (0.35 + (0.3 * i) / count + (rand() - 0.5) * 0.1)));
    const exceptions = Math.floor(rand() * 6);
    return {
      month,
      plans_issued_den: den,
      plans_issued_within_20_weeks: within,
      plans_issued_den_ex: den - exceptions,
      plans_issued_20_weeks_ex: Math.min(den - exceptions, within),
      requests_received: Math.round(den * (1.2 + rand() * 0.3)),
      note: '',
    };
  });
  return toCsv(['month', 'plans_issued_den', 'plans_issued_within_20_weeks', 'plans_issued_den_ex', 'plans_issued_20_weeks_ex', 'requests_received', 'note'], rows);
}

const PLAN_AREAS = ['EHCP timeliness', 'Joint commissioning', 'Preparing for adulthood', 'Co-production', 'The Local Offer', 'Inclusion in schools', 'Health advice', 'Short breaks'];
const STATUS_BY_PROGRESS = ['not started', 'on track', 'partly achieved', 'delayed', 'achieved'] as const;

/** A plan of `actions` actions over `reviews` quarterly reviews, each review a full snapshot. */
export function generateSourceFiles(actions: number, reviews: number, seed: number): Record<string, string> {
  const rand = random(seed);
  const areas = PLAN_AREAS.map((title, i) => ({
    area_id: `A${i + 1}`,
    title,
    finding: `Inspectors found that ${title.toLowerCase()} was not good enough for children and young people with SEND.`,
    plan: 'WSoA 2023',
    revisit_outcome: '',
    revisit_date: '',
  }));
  const files: Record<string, string> = {
    'improvement-plan/areas.csv': toCsv(['area_id', 'title', 'finding', 'plan', 'revisit_outcome', 'revisit_date'], areas),
  };
  // Each action finishes after a random number of reviews; before that it is in progress or delayed.
  const plan = Array.from({ length: actions }, (_, i) => ({
    area: areas[i % areas.length]!.area_id,
    id: `${(i % areas.length) + 1}.${Math.floor(i / areas.length) + 1}`,
    doneAt: Math.floor(rand() * (reviews + 3)),
    due: addMonths('2023-09', 3 + Math.floor(rand() * reviews * 3)),
    delayed: rand() < 0.15,
  }));
  for (let r = 0; r < reviews; r++) {
    const date = `${addMonths('2023-09', r * 3)}-15`;
    const rows = plan.map((a) => {
      const status = a.doneAt <= r ? 'achieved' : r === 0 ? 'not started' : a.delayed ? 'delayed' : STATUS_BY_PROGRESS[1 + Math.floor(rand() * 2)]!;
      return { action_id: a.id, area_id: a.area, action: `Action ${a.id}: improve ${a.area.toLowerCase()} work`, lead: 'Head of SEND Services', due: a.due, status, update: status === 'achieved' ? 'Done and checked by the SEND board.' : 'Work continues.', evidence_url: '' };
    });
    files[`improvement-plan/reviews/${date}.csv`] = toCsv(['action_id', 'area_id', 'action', 'lead', 'due', 'status', 'update', 'evidence_url'], rows);
  }
  return files;
}

/** `count` guides made from the real ones, so they pass the same plain-English checks. */
export function generateGuideFiles(count: number, contentDir: string): Record<string, string> {
  const sources = readdirSync(join(contentDir, 'guides'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readFileSync(join(contentDir, 'guides', f), 'utf8'));
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const copy = source
      .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^["']|["']$/g, '')} (copy ${i + 1})`)
      .replace(/^related: .*\n/m, '')
      .replace(/^order: .*$/m, `order: ${100 + i}`);
    files[`guides/generated/guide-${String(i + 1).padStart(4, '0')}.mdx`] = copy;
  }
  return files;
}

/** Each generator writes files into the data folder or the content folder. Add more here. */
export const GENERATORS: Record<string, { target: 'data' | 'content'; description: string; run: (count: number, ctx: Context) => Record<string, string> }> = {
  services: {
    target: 'data',
    description: "Services in all: the area's own, then generated ones up to this number.",
    run: (count, ctx) => {
      const taxonomy = orThrow(readTaxonomy(readFileSync(join(ctx.dataDir, 'taxonomy.csv')), 'data/taxonomy.csv'));
      const districts = orThrow(readPostcodeDistricts(readFileSync(join(ctx.dataDir, 'postcode-districts.csv')), 'data/postcode-districts.csv'));
      // The area's own services come first: guides give their phone numbers (<Fact name="service.…" />).
      const own = readFileSync(join(ctx.dataDir, 'services.csv'), 'utf8').trimEnd();
      const ownCount = parseCsv(own, 'services.csv', { required: [] }).table.rows.length;
      const generated = generateServicesCsv(Math.max(0, count - ownCount), ctx.seed, taxonomy, districts).replace(/^[^\n]*\n/, '');
      return { 'services.csv': `${own}\r\n${generated}` };
    },
  },
  'ehcp-months': { target: 'data', description: 'Months of EHCP figures.', run: (count, ctx) => ({ 'ehcp-timeliness.csv': generateEhcpCsv(count, ctx.seed) }) },
  'plan-actions': { target: 'data', description: 'Improvement-plan actions, over --plan-reviews reviews (default 4).', run: (count, ctx) => generateSourceFiles(count, ctx.counts['plan-reviews'] ?? 4, ctx.seed) },
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
  if (counts['plan-actions'] !== undefined) rmSync(join(outDir, 'improvement-plan', 'reviews'), { recursive: true, force: true });
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
