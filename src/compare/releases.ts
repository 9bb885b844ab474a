/**
 * What each DfE "Education, health and care plans" release calls its files,
 * columns and labels. DfE renames them between releases (case, spelling, and
 * "All EHC plans issued" became "All EHC plans"), so each release has its own
 * mapping, read from that release's data guidance. A new release that renames
 * something gets a new entry here: copy the one before and change what changed.
 */
import type { DfeFileKind, MeasureKey } from './measures';

/** Where a measure's figures are in a file. Column names are matched without regard to case. */
export interface MeasureColumns {
  /** The published figure: a percentage, or the count itself. */
  value: string;
  /** The count of those on time, when the measure is a percentage. */
  numerator?: string;
  /** The count the percentage is about: one column, or columns to add up. */
  denominator?: readonly string[];
}

export interface FileMapping {
  /** The file's name in the release. */
  name: string;
  /** The label in `breakdown_topic` and `breakdown` of the rows for all children. */
  allLabel: string;
  measures: Partial<Record<MeasureKey, MeasureColumns>>;
}

/** The columns that say where and when a row is, common to every file. */
export const GEOGRAPHY_FIELDS = ['time_period', 'geographic_level', 'region_code', 'region_name', 'old_la_code', 'new_la_code', 'la_name', 'breakdown_topic', 'breakdown'] as const;
export type GeographyField = (typeof GEOGRAPHY_FIELDS)[number];

export const LEVELS = ['National', 'Regional', 'Local authority'] as const;
export type Level = (typeof LEVELS)[number];

export interface ReleaseMapping {
  /** The publication's reporting year: the 2025 release has calendar years up to 2024. */
  reportingYear: number;
  title: string;
  geography: Record<GeographyField, string>;
  /** The words the release uses in `geographic_level`. */
  levels: Record<Level, string>;
  files: Record<DfeFileKind, FileMapping>;
  /** DfE's own footnotes from the data guidance that matter when comparing areas. */
  footnotes: Partial<Record<DfeFileKind, readonly string[]>>;
}

const GEOGRAPHY_2025: Record<GeographyField, string> = {
  time_period: 'time_period',
  geographic_level: 'geographic_level',
  region_code: 'region_code',
  region_name: 'region_name',
  old_la_code: 'old_la_code',
  new_la_code: 'new_la_code',
  la_name: 'la_name',
  breakdown_topic: 'breakdown_topic',
  breakdown: 'breakdown',
};

/** Reporting year 2025 (calendar years 2019 to 2024; January 2019 to January 2025). */
const RELEASE_2025: ReleaseMapping = {
  reportingYear: 2025,
  title: 'Education, health and care plans, reporting year 2025',
  geography: GEOGRAPHY_2025,
  levels: { National: 'National', Regional: 'Regional', 'Local authority': 'Local authority' },
  files: {
    timeliness: {
      name: 'timeliness_20_week.csv',
      allLabel: 'All EHC plans issued',
      measures: {
        plans_20_weeks: { value: 'pc_plans_issued_within_20_weeks', numerator: 'plans_issued_within_20_weeks', denominator: ['plans_issued_den'] },
        plans_20_weeks_ex: { value: 'PC_plans_issued_20_weeks_ex', numerator: 'plans_issued_20_weeks_ex', denominator: ['plans_issued_den_ex'] },
      },
    },
    requests: {
      name: 'requests.csv',
      allLabel: 'All requests for EHC needs assessments',
      measures: {
        requests_6_weeks: {
          value: 'request_outcome_six_weeks_pc',
          numerator: 'request_outcome_six_weeks',
          denominator: ['request_outcome_six_weeks', 'request_outcome_over_6_weeks'],
        },
      },
    },
    assessments: {
      name: 'assessments.csv',
      allLabel: 'All EHC needs assessments',
      measures: {
        no_plan_16_weeks: {
          value: 'outcome_decision_within_time_pc',
          numerator: 'outcome_decision_within_time',
          denominator: ['outcome_decision_within_time', 'outcome_decision_over_time'],
        },
      },
    },
    annual_reviews: {
      name: 'annual_reviews.csv',
      allLabel: 'All annual reviews',
      measures: {
        // "decsion" is spelt so in this release.
        reviews_4_weeks: { value: 'pc_decsion_4weeks', numerator: 'number_decsion_4weeks', denominator: ['number_decsion_4weeks', 'number_decision_gt_4weeks'] },
      },
    },
    caseload: {
      name: 'caseload.csv',
      allLabel: 'All EHC plans',
      measures: { ehc_plans: { value: 'ehcplans' } },
    },
  },
  footnotes: {
    timeliness: ['For the 2024 calendar year, Dorset and City of London classed all new plans as having permitted exceptions to the 20-week limit (DfE).'],
    assessments: ['Percentages only count assessments where a decision was made (DfE).'],
    annual_reviews: [
      'Blackpool and Reading could not send figures on annual reviews, and DfE held back the figures for Waltham Forest, Surrey, Redbridge, Hertfordshire and Plymouth while it checks their quality (DfE).',
    ],
    caseload: ['Cambridgeshire and North East Lincolnshire could not say where many of their children with plans were placed in 2025; the totals are still counted (DfE).'],
  },
};

/** Reporting year 2026: the timeliness rows for all children are labelled "All EHC plans". */
const RELEASE_2026: ReleaseMapping = {
  ...RELEASE_2025,
  reportingYear: 2026,
  title: 'Education, health and care plans, reporting year 2026',
  files: { ...RELEASE_2025.files, timeliness: { ...RELEASE_2025.files.timeliness, allLabel: 'All EHC plans' } },
  footnotes: {},
};

/** Every release we know, oldest first. */
export const RELEASES: readonly ReleaseMapping[] = [RELEASE_2025, RELEASE_2026];

/** The mapping for a reporting year, or the newest one (with `exact: false`) for a release we do not know yet. */
export function mappingFor(reportingYear: number, releases: readonly ReleaseMapping[] = RELEASES): { mapping: ReleaseMapping; exact: boolean } {
  const exact = releases.find((r) => r.reportingYear === reportingYear);
  if (exact) return { mapping: exact, exact: true };
  const older = releases.filter((r) => r.reportingYear < reportingYear).at(-1);
  return { mapping: older ?? releases[0]!, exact: false };
}

/** Which kind of release file a file name is, e.g. `timeliness_20_week.csv` → `timeliness`. */
export function fileKindOf(name: string, releases: readonly ReleaseMapping[] = RELEASES): DfeFileKind | undefined {
  const lower = name.toLowerCase();
  for (const release of [...releases].reverse()) {
    for (const [kind, file] of Object.entries(release.files) as [DfeFileKind, FileMapping][]) {
      if (file.name.toLowerCase() === lower) return kind;
    }
  }
  return undefined;
}

/**
 * The reporting year a time period belongs to: calendar year 2024 and the
 * January 2025 count (`202425`) are both in the 2025 release.
 */
export function reportingYearOf(period: string): number | undefined {
  if (/^\d{4}$/.test(period)) return Number(period) + 1;
  if (/^\d{6}$/.test(period)) return Number(period.slice(0, 4)) + 1;
  return undefined;
}

/** Labels compare without regard to case or repeated spaces. */
export function sameLabel(a: string, b: string): boolean {
  const tidy = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return tidy(a) === tidy(b);
}
