/**
 * Every dataset the release calendar announces, in one explicit list built
 * here from the data as read: what it is, where it is published, the file
 * whose change-log lines explain a late publication, and its schedule. Each
 * schedule's facts come from its feature (the plan's review gaps, DfE's
 * yearly release in src/compare/release.ts, the comments' yearly date);
 * nothing else in the calendar knows the datasets.
 */
import type { Month } from '../core/dates';
import type { RELEASE_CONTACT_KEYS } from '../config/site-schema';
import { periodFromKey, type Period } from '../indicators/period';
import type { Comment } from '../local-offer/comments';
import { nextCommentsDue } from '../local-offer/comments';
import { estimateNextReview } from '../plan/stats';
import { PLAN_PAGE } from '../plan/dataset';
import { EHCP_PAGE } from '../ehcp/dataset';
import { COMPARE_PAGE } from '../compare/dataset';
import { nextDfeRelease } from '../compare/release';
import { SERVICES_PAGE } from '../directory/files';
import { indicatorPath } from '../indicators/view';
import type { ImprovementPlan } from '../plan/schema';

/** The datasets' contacts are set per family of dataset (`releases.contacts` in site.yaml). */
export type ContactKey = (typeof RELEASE_CONTACT_KEYS)[number];

export type Schedule =
  /** The period after `latest`, and each after it, is published by `publishDay` of the month after it ends. */
  | { kind: 'periodic'; latest: Period; publishDay: number }
  /**
   * One publication expected around a month: an estimate, not a promise.
   * `key` names what is published (`review-3`, `reporting-year-2027`), never
   * the month, so the publication keeps its id when the estimate moves.
   * `basis` says where the estimate comes from: the gap between past reviews,
   * or DfE's yearly release.
   */
  | { kind: 'estimate'; key: string; month: Month; basis: { from: 'past-reviews'; gapMonths: number } | { from: 'dfe-yearly'; label: string } }
  /** One publication due by a day. */
  | { kind: 'by'; date: string }
  /** Updated whenever something changes (the services directory): no planned dates to announce. */
  | { kind: 'continuous' };

export interface CalendarSource {
  /** Unique: `ehcp-timeliness`, `indicator-<id>`, `improvement-plan`, `compare`, `services`, `comments`. */
  id: string;
  /** What is published, e.g. "EHC plans issued within 20 weeks". */
  name: string;
  /** The page it is published on. */
  href: string;
  /** The file or folder a change-log line names to explain a late publication: as committed, and within the data folder. */
  file: { display: string; data: string };
  /** Its own team (`releases.contacts.<key>`); without one, the default mailbox. */
  contactKey?: ContactKey | undefined;
  schedule: Schedule;
}

/** What the list is built from: each dataset as read, and the configuration's publishing day. */
export interface CalendarInput {
  /** The day of the month figures are published, after the month or quarter they cover (site.yaml `ehcpSchedule.dayOfMonth`). */
  publishDay: number;
  /** The data folder as committed (`data`), to name files within it. */
  dataFolder: string;
  ehcp: { months: readonly { month: string }[]; file: string };
  indicators: { indicators: readonly { id: string; title: string; frequency: string }[]; values: readonly { indicator_id: string; period: Period }[]; file: string };
  /** Left out when the area has no improvement plan. */
  plan?: { plan: ImprovementPlan; reviewsFolder: string } | undefined;
  /** The DfE release the comparison was read from (`compare/release.csv`); left out when the area has no comparison. */
  compare?: { reportingYear: number; file: string } | undefined;
  /** The services directory; left out when it lists no services yet. */
  directory?: { file: string } | undefined;
  comments: { comments: readonly Pick<Comment, 'date'>[]; folder: string };
  today: Date;
}

function fileIn(dataFolder: string, display: string): { display: string; data: string } {
  const prefix = `${dataFolder.replace(/\/$/, '')}/`;
  return { display, data: display.startsWith(prefix) ? display.slice(prefix.length) : display };
}

/** The datasets with a schedule: those with something published already (a first publication has no schedule to follow). */
export function calendarSources(input: CalendarInput): CalendarSource[] {
  const sources: CalendarSource[] = [];
  const latestMonth = input.ehcp.months.at(-1)?.month;
  const latestEhcp = latestMonth === undefined ? undefined : periodFromKey(latestMonth);
  if (latestEhcp) {
    sources.push({
      id: 'ehcp-timeliness',
      name: 'EHC plans issued within 20 weeks',
      href: EHCP_PAGE,
      file: fileIn(input.dataFolder, input.ehcp.file),
      contactKey: 'ehcp-timeliness',
      schedule: { kind: 'periodic', latest: latestEhcp, publishDay: input.publishDay },
    });
  }
  for (const indicator of input.indicators.indicators) {
    const periods = input.indicators.values.filter((v) => v.indicator_id === indicator.id).map((v) => v.period);
    const latest = periods.sort((a, b) => a.key.localeCompare(b.key)).at(-1);
    if (!latest) continue;
    sources.push({
      id: `indicator-${indicator.id}`,
      name: indicator.title,
      href: indicatorPath(indicator.id),
      file: fileIn(input.dataFolder, input.indicators.file),
      contactKey: 'indicators',
      schedule: { kind: 'periodic', latest, publishDay: input.publishDay },
    });
  }
  const review = input.plan && estimateNextReview(input.plan.plan, input.today);
  if (input.plan && review) {
    sources.push({
      id: 'improvement-plan',
      name: 'Progress review of the improvement plan',
      href: PLAN_PAGE,
      file: fileIn(input.dataFolder, `${input.plan.reviewsFolder.replace(/\/$/, '')}/`),
      contactKey: 'improvement-plan',
      // The review after those published: its number, not its month, names it.
      schedule: { kind: 'estimate', key: `review-${input.plan.plan.reviews.length + 1}`, month: review.month, basis: { from: 'past-reviews', gapMonths: review.typicalGapMonths } },
    });
  }
  if (input.compare) {
    // Republished from DfE's yearly release: the next reporting year, in the month DfE usually publishes.
    const next = nextDfeRelease(input.compare.reportingYear);
    sources.push({
      id: 'compare',
      name: 'How we compare with other areas (figures from the Department for Education)',
      href: COMPARE_PAGE,
      file: fileIn(input.dataFolder, input.compare.file),
      contactKey: 'compare',
      schedule: { kind: 'estimate', key: `reporting-year-${next.reportingYear}`, month: next.month, basis: { from: 'dfe-yearly', label: `the ${next.reportingYear} figures` } },
    });
  }
  if (input.directory) {
    sources.push({
      id: 'services',
      name: 'Directory of services',
      href: SERVICES_PAGE,
      file: fileIn(input.dataFolder, input.directory.file),
      contactKey: 'services',
      schedule: { kind: 'continuous' },
    });
  }
  const commentsDue = nextCommentsDue(input.comments.comments);
  if (commentsDue) {
    sources.push({
      id: 'comments',
      name: 'Comments on the Local Offer and our response',
      href: '/have-your-say/',
      file: { display: `${input.comments.folder.replace(/\/$/, '')}/`, data: `${input.comments.folder.replace(/\/$/, '')}/` },
      contactKey: 'comments',
      schedule: { kind: 'by', date: commentsDue },
    });
  }
  return sources;
}
