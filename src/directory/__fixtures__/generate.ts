/** Many valid services, for load tests, benchmarks and the directory's tests (`npm run fixtures -- --services N`). */
import { toCsv } from '../../core/csv';
import { pick, pickSome, random, type Rand } from '../../core/__fixtures__/random';
import type { District } from '../geo';
import { SERVICES_COLUMN_ORDER } from '../services';
import type { Taxonomy } from '../taxonomy';

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
function serviceRow(i: number, rand: Rand, taxonomy: Taxonomy, districts: readonly District[]): Record<(typeof SERVICES_COLUMN_ORDER)[number], string | number> {
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
    for: '',
  };
}

/** N valid services as CSV text (same seed, same text). */
export function generateServicesCsv(count: number, seed: number, taxonomy: Taxonomy, districts: readonly District[]): string {
  const rand = random(seed);
  const rows = Array.from({ length: count }, (_, i) => serviceRow(i + 1, rand, taxonomy, districts));
  return toCsv(SERVICES_COLUMN_ORDER, rows);
}
