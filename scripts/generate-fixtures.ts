/**
 * Writes a data directory for load tests and benchmarks:
 *
 *   tsx scripts/generate-fixtures.ts --services 5000 --out bench-out/data [--seed 42]
 *
 * Every file in data/ is copied, then each generator that was asked for
 * replaces its file with generated rows that pass the same checks as real data.
 * Add more generators (EHCP months, guides, plan actions) to GENERATORS.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toCsv } from '../src/data/csv';
import type { District } from '../src/data/geo';
import { readPostcodeDistricts } from '../src/data/geo-districts';
import { orThrow } from '../src/data/problems';
import { SERVICES_COLUMN_ORDER } from '../src/data/services';
import { readTaxonomy, type Taxonomy } from '../src/data/taxonomy';

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
  seed: number;
}

/** Each generator replaces one file in the output directory. Add EHCP months, guides, plan actions here. */
export const GENERATORS: Record<string, { file: string; run: (count: number, ctx: Context) => string }> = {
  services: {
    file: 'services.csv',
    run: (count, ctx) => {
      const taxonomy = orThrow(readTaxonomy(readFileSync(join(ctx.dataDir, 'taxonomy.csv')), 'data/taxonomy.csv'));
      const districts = orThrow(readPostcodeDistricts(readFileSync(join(ctx.dataDir, 'postcode-districts.csv')), 'data/postcode-districts.csv'));
      return generateServicesCsv(count, ctx.seed, taxonomy, districts);
    },
  },
};

export function parseArgs(argv: readonly string[]): { out: string; seed: number; counts: Record<string, number> } {
  let out = '';
  let seed = 42;
  const counts: Record<string, number> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!flag.startsWith('--') || value === undefined) throw new Error(`Expected --option value pairs, but found "${flag}" on its own.`);
    const name = flag.slice(2);
    if (name === 'out') {
      out = value;
      continue;
    }
    if (!/^\d+$/.test(value)) throw new Error(`--${name} needs a whole number, not "${value}".`);
    if (name === 'seed') seed = Number(value);
    else if (name in GENERATORS) counts[name] = Number(value);
    else throw new Error(`Unknown option --${name}. Use --out, --seed or one of: ${Object.keys(GENERATORS).map((g) => `--${g}`).join(', ')}.`);
  }
  if (out === '') throw new Error('Say where to write the data with --out <folder>.');
  return { out, seed, counts };
}

/** Copies dataDir to outDir and runs the chosen generators; returns the files it replaced. */
export function generateFixtures(dataDir: string, outDir: string, seed: number, counts: Record<string, number>): string[] {
  mkdirSync(outDir, { recursive: true });
  cpSync(dataDir, outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, count] of Object.entries(counts)) {
    const generator = GENERATORS[name]!;
    writeFileSync(join(outDir, generator.file), generator.run(count, { dataDir, seed }));
    written.push(join(outDir, generator.file));
  }
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { out, seed, counts } = parseArgs(process.argv.slice(2));
    const written = generateFixtures(resolve('data'), resolve(out), seed, counts);
    console.log(`Wrote ${resolve(out)} (${written.length === 0 ? 'copied data only' : written.join(', ')}).`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
