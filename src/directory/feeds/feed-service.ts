/**
 * One service as read from any directory feed (ORUK 1.0, HSDS 3.0 / UK
 * profile, an HSDS tabular package or Outpost), before it becomes a row of
 * data/services.csv. Each reader fills this in from its own layout, so the
 * rules for our columns (to-row.ts) are written once.
 */
import type { Referral } from '../vocab';

/** A term from the feed's own taxonomy, e.g. `esdServiceType:160` "Short breaks". */
export interface FeedTerm {
  /** What the mapping file matches on (data/directory-mapping.csv `feed_term`). */
  key: string;
  /** The feed's own name for it, shown in the report of unmapped terms. */
  label: string;
}

export interface FeedLocation {
  /** The place's name, e.g. "St Joseph's Catholic Infant School". */
  name?: string | undefined;
  /** Street lines, without the town. */
  lines: string[];
  city?: string | undefined;
  postcode?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  /** The feed asks for the street address not to be shown (Outpost `mask_exact_address`). */
  masked: boolean;
  /** Access information, one item per feature. */
  accessibility: string[];
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening rule: HSDS 3.0 `schedules` (RFC 5545 style) or ORUK 1.0 / Outpost `regular_schedules`. */
export interface FeedSchedule {
  /** Days of the week; with an ordinal (`1WE` = first Wednesday) for monthly rules. */
  days: { day: Weekday; nth?: number }[];
  opensAt?: string | undefined;
  closesAt?: string | undefined;
  freq?: 'WEEKLY' | 'MONTHLY' | undefined;
  interval?: number | undefined;
  /** Days of the month for monthly rules, e.g. [1, 15]. */
  monthDays: number[];
  /** The feed's own words about this rule. */
  description?: string | undefined;
  notes?: string | undefined;
  /** `YYYY-MM-DD`: a rule that ended before today is left out. */
  validTo?: string | undefined;
}

export interface FeedCost {
  /** Outpost's `free` flag, when set. */
  free?: boolean | undefined;
  options: { option?: string | undefined; amount?: number | undefined; description?: string | undefined }[];
  /** The feed's words about fees. */
  text?: string | undefined;
}

export interface FeedService {
  /** The service's id in the feed: what keeps our id stable across imports. */
  feedId: string;
  name?: string | undefined;
  organisation?: string | undefined;
  description?: string | undefined;
  /** `active`, `inactive`, `defunct`, `temporarily closed`, or the feed's own word. */
  status?: string | undefined;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  website?: string | undefined;
  emails: string[];
  phones: string[];
  locations: FeedLocation[];
  cost: FeedCost;
  referral?: Referral | undefined;
  schedules: FeedSchedule[];
  /** Service types and needs, mapped to our categories and needs. */
  terms: FeedTerm[];
  /** Where it is offered, mapped to our areas. */
  areas: FeedTerm[];
  languages: string[];
  /** `YYYY-MM-DD`: when the feed says the entry was last checked or changed. */
  lastReviewed?: string | undefined;
}

/** A record the importer could not take, or chose not to publish, and why. */
export interface SkippedRecord {
  feedId: string;
  name?: string | undefined;
  /** The field that stopped it, e.g. `name`, `status`, `categories`. */
  field: string;
  reason: string;
}
