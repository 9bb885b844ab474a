/** A valid improvement plan of any size, for load tests and benchmarks (`npm run fixtures -- --plan-actions N`). */
import { allColumns, toCsv, type ColumnOf } from '../../core/csv';
import { addMonths } from '../../core/format';
import { random } from '../../core/__fixtures__/random';
import { PLAN_FILES } from '../dataset';
import { AREAS_COLUMNS, REVIEW_COLUMNS } from '../schema';

const PLAN_AREAS = ['EHCP timeliness', 'Joint commissioning', 'Preparing for adulthood', 'Co-production', 'The Local Offer', 'Inclusion in schools', 'Health advice', 'Short breaks'];
const STATUS_BY_PROGRESS = ['not started', 'on track', 'partly achieved', 'delayed', 'achieved'] as const;

/** A plan of `actions` actions over `reviews` quarterly reviews, each review a full snapshot: files by their path inside the data folder. */
export function generatePlanFiles(actions: number, reviews: number, seed: number): Record<string, string> {
  const rand = random(seed);
  const areas = PLAN_AREAS.map((title, i): Record<ColumnOf<typeof AREAS_COLUMNS>, string> => ({
    area_id: `A${i + 1}`,
    title,
    finding: `Inspectors found that ${title.toLowerCase()} was not good enough for children and young people with SEND.`,
    plan: 'WSoA 2023',
    revisit_outcome: '',
    revisit_date: '',
  }));
  const files: Record<string, string> = { [PLAN_FILES.areas]: toCsv(allColumns(AREAS_COLUMNS), areas) };
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
    const rows = plan.map((a): Record<ColumnOf<typeof REVIEW_COLUMNS>, string> => {
      const status = a.doneAt <= r ? 'achieved' : r === 0 ? 'not started' : a.delayed ? 'delayed' : STATUS_BY_PROGRESS[1 + Math.floor(rand() * 2)]!;
      return { action_id: a.id, area_id: a.area, action: `Action ${a.id}: improve ${a.area.toLowerCase()} work`, lead: 'Head of SEND Services', due: a.due, status, update: status === 'achieved' ? 'Done and checked by the SEND board.' : 'Work continues.', evidence_url: '' };
    });
    files[`${PLAN_FILES.reviews}${date}.csv`] = toCsv(allColumns(REVIEW_COLUMNS), rows);
  }
  return files;
}
