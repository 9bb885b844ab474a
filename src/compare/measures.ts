/**
 * The measures we compare, keyed by a stable name that pages, open data and
 * the indicators feature share. The DfE column each comes from is in the
 * per-release mapping (`releases.ts`), because DfE renames columns.
 *
 * Measure keys (use these with `comparatorsFor`):
 * - `plans_20_weeks`: new EHC plans issued within 20 weeks, including exceptions (%)
 * - `plans_20_weeks_ex`: the same, excluding the exceptions the law allows (%)
 * - `requests_6_weeks`: decisions on requests for an assessment made within 6 weeks (%)
 * - `no_plan_16_weeks`: decisions not to issue a plan, made within 16 weeks (%)
 * - `reviews_4_weeks`: annual review decisions sent to the family within 4 weeks (%)
 * - `ehc_plans`: EHC plans in place in January (count)
 */

/** The release files, by what they hold. */
export const DFE_FILE_KINDS = ['timeliness', 'requests', 'assessments', 'annual_reviews', 'caseload'] as const;
export type DfeFileKind = (typeof DFE_FILE_KINDS)[number];

export const MEASURE_KEYS = ['plans_20_weeks', 'plans_20_weeks_ex', 'requests_6_weeks', 'no_plan_16_weeks', 'reviews_4_weeks', 'ehc_plans'] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export interface Measure {
  key: MeasureKey;
  /** The release file it comes from. */
  file: DfeFileKind;
  /** A heading in plain English. */
  title: string;
  /** Finishes "42% …" in a sentence, e.g. "of new EHC plans were issued within 20 weeks". */
  phrase: string;
  /** What it means for a family, in a sentence or two. */
  description: string;
  unit: 'percent' | 'count';
  /** Which way is better, for ranking: 1st is the highest unless lower is better. */
  better: 'higher' | 'lower' | 'neither';
  /** Calendar years (2024) or a January count in an academic year (202425). */
  basis: 'calendar' | 'january';
  /** What the count under a percentage counts, e.g. "plans". */
  base: string;
}

export const MEASURES: Record<MeasureKey, Measure> = {
  plans_20_weeks: {
    key: 'plans_20_weeks',
    file: 'timeliness',
    title: 'New EHC plans issued within 20 weeks',
    phrase: 'of new EHC plans were issued within 20 weeks',
    description: 'The law says a new EHC plan must be issued within 20 weeks of the request for an assessment. This counts every new plan.',
    unit: 'percent',
    better: 'higher',
    basis: 'calendar',
    base: 'plans issued',
  },
  plans_20_weeks_ex: {
    key: 'plans_20_weeks_ex',
    file: 'timeliness',
    title: 'New EHC plans issued within 20 weeks, not counting exceptions',
    phrase: 'of new EHC plans were issued within 20 weeks, not counting exceptions',
    description: 'The same, leaving out plans where the law allows more time, for example when a child is away for 4 weeks or more.',
    unit: 'percent',
    better: 'higher',
    basis: 'calendar',
    base: 'plans issued, not counting exceptions',
  },
  requests_6_weeks: {
    key: 'requests_6_weeks',
    file: 'requests',
    title: 'Decisions on requests for an assessment made within 6 weeks',
    phrase: 'of decisions on requests for an EHC needs assessment were made within 6 weeks',
    description: 'When someone asks for an EHC needs assessment, the council must decide within 6 weeks whether to carry one out.',
    unit: 'percent',
    better: 'higher',
    basis: 'calendar',
    base: 'decisions',
  },
  no_plan_16_weeks: {
    key: 'no_plan_16_weeks',
    file: 'assessments',
    title: 'Decisions not to issue a plan made within 16 weeks',
    phrase: 'of decisions not to issue a plan after an assessment were made within 16 weeks',
    description: 'When an assessment finds a plan is not needed, the council must tell the family within 16 weeks of the request.',
    unit: 'percent',
    better: 'higher',
    basis: 'calendar',
    base: 'decisions',
  },
  reviews_4_weeks: {
    key: 'reviews_4_weeks',
    file: 'annual_reviews',
    title: 'Annual review decisions sent within 4 weeks',
    phrase: 'of annual review decisions were sent to the family within 4 weeks of the review meeting',
    description: 'Every EHC plan is reviewed at least once a year. The council must send its decision within 4 weeks of the review meeting.',
    unit: 'percent',
    better: 'higher',
    basis: 'calendar',
    base: 'decisions',
  },
  ehc_plans: {
    key: 'ehc_plans',
    file: 'caseload',
    title: 'EHC plans in place',
    phrase: 'EHC plans were in place',
    description: 'How many children and young people had an EHC plan in January. Bigger areas have more plans, so this is not a score.',
    unit: 'count',
    better: 'neither',
    basis: 'january',
    base: 'plans',
  },
};

/** Measures in the order pages show them. */
export const MEASURE_LIST: readonly Measure[] = MEASURE_KEYS.map((k) => MEASURES[k]);

export function isMeasureKey(key: string): key is MeasureKey {
  return (MEASURE_KEYS as readonly string[]).includes(key);
}

/**
 * `2024` → "2024"; `202425` (a January count) → "January 2025".
 * The release names academic years by both calendar years they span.
 */
export function periodLabel(period: string): string {
  if (/^\d{6}$/.test(period)) return `January ${Number(period.slice(0, 4)) + 1}`;
  return period;
}
