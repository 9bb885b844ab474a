/**
 * One feed service → the cells of one data/services.csv row, by our rules:
 * take what the feed says, tidy it, map its terms, and where the feed is
 * silent use only the defaults a person wrote in the mapping file. Where
 * there is no default either, category, area, cost, who can refer and the
 * last-checked date are left blank (the page says so) and listed as gaps for
 * the directory team; a name, a description and ages are still needed to
 * publish. Nothing is guessed.
 */
import { isEmail, parsePostcode } from '../../core/contact';
import { LocalOfferError } from '../../core/errors';
import { parsePhone, type SERVICES_COLUMN_ORDER } from '../services';
import { AGE_LIMIT, type Cost } from '../vocab';
import type { FeedLocation, FeedService, SkippedRecord } from './feed-service';
import { COST_OPTION } from './hsds-words';
import { unique } from './json';
import type { DefaultKey, DirectoryMapping, TermTarget } from './mapping';
import { openingTimes } from './opening-times';
import { oneLine, plainText } from './plain-text';

export type ServiceColumn = (typeof SERVICES_COLUMN_ORDER)[number];
export type ServiceCells = Record<ServiceColumn, string>;

/** Something the feed said that the row does not show, or a stated assumption. */
export interface FieldNote {
  feedId: string;
  name: string;
  /** Our column, e.g. `postcode`. */
  field: string;
  /** What the feed had (left blank where showing it would undo a privacy request). */
  value: string;
  reason: string;
}

/** Columns a service is published without when the feed does not say, in the order the report lists them. */
export const GAP_FIELDS = ['categories', 'area', 'cost', 'referral', 'last_reviewed'] as const;
export type GapField = (typeof GAP_FIELDS)[number];

export type RowOutcome =
  | { ok: true; cells: Omit<ServiceCells, 'id'>; notes: FieldNote[]; defaultsUsed: DefaultKey[]; gaps: GapField[] }
  | { ok: false; skipped: SkippedRecord };

/** Thrown inside this module only, to stop building a row and say why. */
class SkipRecord extends LocalOfferError {
  constructor(readonly field: string, readonly reason: string) {
    super(reason);
  }
}

/** What the feed says, else the mapping's default, else nothing: a gap to report. */
function orDefault<T>(value: T | undefined, key: DefaultKey & GapField, mapping: DirectoryMapping, used: DefaultKey[], gaps: GapField[]): T | undefined {
  if (value !== undefined) return value;
  const fallback = mapping.defaults[key] as T | undefined;
  if (fallback === undefined) gaps.push(key);
  else used.push(key);
  return fallback;
}

function skipUnlessDefault<T>(value: T | undefined, key: DefaultKey, mapping: DirectoryMapping, used: DefaultKey[], missing: string): T {
  if (value !== undefined) return value;
  const fallback = mapping.defaults[key] as T | undefined;
  if (fallback === undefined) throw new SkipRecord(key, `${missing}, and data/directory-mapping.csv has no default:${key} row`);
  used.push(key);
  return fallback;
}

/** What the feed's cost information adds up to, if it says. */
export function costOf(cost: FeedService['cost']): Cost | undefined {
  if (cost.free !== undefined) return cost.free ? 'free' : 'paid';
  const named = cost.options.map((o) => Object.entries(COST_OPTION).find(([, words]) => words.toLowerCase() === o.option?.toLowerCase())?.[0] as Cost | undefined);
  if (named.length > 0 && named.every((n) => n !== undefined && n === named[0])) return named[0];
  const amounts = cost.options.map((o) => o.amount).filter((a): a is number => a !== undefined);
  if (amounts.length === 0) return undefined;
  if (amounts.every((a) => a === 0)) return 'free';
  return amounts.every((a) => a > 0) ? 'paid' : 'varies';
}

function money(amount: number): string {
  return `£${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
}

/** The feed's words about fees, or its priced options written out: "Under 18s: £35 per session". */
function costDetails(cost: FeedService['cost']): string {
  if (cost.text !== undefined) return oneLine(cost.text);
  return cost.options
    .filter((o) => o.amount !== undefined && o.amount > 0)
    .map((o) => `${o.option ? `${o.option}: ` : ''}${money(o.amount!)}${o.description ? ` ${o.description}` : ''}`)
    .join('; ');
}

function hasPlace(l: FeedLocation): boolean {
  return l.lines.length > 0 || l.city !== undefined || l.postcode !== undefined || (l.latitude !== undefined && l.longitude !== undefined);
}

/** "St Joseph's School", "Hazell Avenue", "Aylesbury" → one line; the place name is left out when the street line already starts with it. */
export function addressText(l: FeedLocation): string {
  const lines = l.lines.map(oneLine).filter((x) => x !== '');
  const name = l.name === undefined ? undefined : oneLine(l.name);
  const named = name && name !== l.postcode && !(lines[0] ?? '').toLowerCase().startsWith(name.toLowerCase()) ? [name] : [];
  const parts = [...named, ...lines, ...(l.city ? [oneLine(l.city)] : [])];
  return parts.filter((p, i) => i === 0 || p.toLowerCase() !== parts[i - 1]!.toLowerCase()).join(', ');
}

function place(s: FeedService, notes: FieldNote[]): Pick<ServiceCells, 'address' | 'postcode' | 'latitude' | 'longitude' | 'accessibility'> {
  const places = s.locations.filter(hasPlace);
  const note = (field: string, value: string, reason: string) => notes.push({ feedId: s.feedId, name: s.name ?? '', field, value, reason });
  if (places.length > 1) note('address', `${places.length} places`, 'the feed lists more than one place; the directory shows the first');
  // A location may hold only access information (a minibus has no address).
  const l = places[0] ?? s.locations.find((x) => x.accessibility.length > 0);
  if (l === undefined) return { address: '', postcode: '', latitude: '', longitude: '', accessibility: '' };
  const accessibility = unique(l.accessibility.map(oneLine)).join('; ');
  if (l.masked) {
    note('address', '', 'the feed asks for the exact address to be hidden (mask_exact_address), so only the town is shown, with no postcode or map position');
    return { address: l.city ? oneLine(l.city) : '', postcode: '', latitude: '', longitude: '', accessibility };
  }
  let latitude = l.latitude === undefined ? '' : String(l.latitude);
  let longitude = l.longitude === undefined ? '' : String(l.longitude);
  if (l.latitude === 0 && l.longitude === 0) {
    note('latitude', '0, 0', 'a position of 0, 0 is a placeholder, not a real place');
    latitude = longitude = '';
  }
  const postcode = l.postcode === undefined ? '' : (parsePostcode(l.postcode)?.postcode ?? l.postcode);
  return { address: addressText(l), postcode, latitude, longitude, accessibility };
}

function mapTerms(s: FeedService, mapping: DirectoryMapping): TermTarget {
  const out: TermTarget = { categories: [], needs: [], areas: [], wholeArea: false };
  for (const term of [...s.terms, ...s.areas]) {
    const target = mapping.terms.get(term.key.toLowerCase());
    if (!target) continue;
    out.categories.push(...target.categories);
    out.needs.push(...target.needs);
    out.areas.push(...target.areas);
    out.wholeArea ||= target.wholeArea;
  }
  return { categories: unique(out.categories), needs: unique(out.needs), areas: unique(out.areas), wholeArea: out.wholeArea };
}

const NO_TARGET: TermTarget = { categories: [], needs: [], areas: [], wholeArea: false };

function areaCell(target: TermTarget): string {
  return target.wholeArea ? 'all' : target.areas.join('; ');
}

function cells(s: FeedService, mapping: DirectoryMapping, today: string, notes: FieldNote[], used: DefaultKey[], gaps: GapField[]): Omit<ServiceCells, 'id'> {
  if (s.status !== undefined && s.status.toLowerCase() !== 'active') throw new SkipRecord('status', `the feed marks it "${s.status}", so it is not published as live`);
  const name = s.name === undefined ? '' : oneLine(s.name);
  if (name === '') throw new SkipRecord('name', 'it has no name');
  const description = s.description === undefined ? '' : plainText(s.description);
  if (description === '') throw new SkipRecord('description', 'it has no description');
  let organisation = s.organisation === undefined ? '' : oneLine(s.organisation);
  if (organisation === '') {
    notes.push({ feedId: s.feedId, name, field: 'organisation', value: '', reason: "the feed gives no organisation, so the service's own name is shown as who runs it" });
    organisation = name;
  }
  const ageMin = Math.floor(skipUnlessDefault(s.ageMin, 'age_min', mapping, used, 'the feed gives no youngest age'));
  if (ageMin > AGE_LIMIT) throw new SkipRecord('age_min', `it is for ages ${ageMin} and over, outside the Local Offer's 0 to ${AGE_LIMIT}`);
  const ageMax = Math.min(AGE_LIMIT, Math.floor(skipUnlessDefault(s.ageMax, 'age_max', mapping, used, 'the feed gives no oldest age')));
  const terms = mapTerms(s, mapping);
  if (terms.categories.length === 0) gaps.push('categories');
  // The feed's service areas, mapped; else default:area; else blank ("Where: not given"), never the whole area by assumption.
  const area = areaCell(terms) || areaCell(orDefault<TermTarget>(undefined, 'area', mapping, used, gaps) ?? NO_TARGET);
  const cost = orDefault(costOf(s.cost), 'cost', mapping, used, gaps) ?? '';
  const referral = orDefault(s.referral, 'referral', mapping, used, gaps) ?? '';
  const lastReviewed = s.lastReviewed ?? '';
  if (lastReviewed === '') gaps.push('last_reviewed');
  for (const ended of unique(s.schedules.map((x) => x.validTo).filter((d): d is string => d !== undefined && d < today))) {
    notes.push({ feedId: s.feedId, name, field: 'opening_times', value: `valid to ${ended}`, reason: 'the feed says this timetable has ended, so it is left out' });
  }
  const phones = s.phones.map((p) => p.replace(/^["']+|["']+$/g, '').trim());
  return {
    name,
    organisation,
    description,
    categories: terms.categories.join('; '),
    needs: terms.needs.join('; '),
    age_min: String(ageMin),
    age_max: String(ageMax),
    area,
    ...place(s, notes),
    phone: phones.find((p) => parsePhone(p) !== undefined) ?? phones[0] ?? '',
    email: s.emails.find(isEmail) ?? s.emails[0] ?? '',
    website: s.website ?? '',
    cost,
    cost_details: costDetails(s.cost),
    opening_times: openingTimes(s.schedules, today) ?? '',
    referral,
    languages: unique(s.languages.map(oneLine).filter((l) => l !== '' && l.toLowerCase() !== 'english')).join('; '),
    last_reviewed: lastReviewed,
    // Feeds do not say who a service is for: blank is the child or young person.
    for: '',
  };
}

/** The row for one feed service, or the reason it is skipped. */
export function toServiceCells(s: FeedService, mapping: DirectoryMapping, today: string): RowOutcome {
  const notes: FieldNote[] = [];
  const used: DefaultKey[] = [];
  const gaps: GapField[] = [];
  try {
    const row = cells(s, mapping, today, notes, used, gaps);
    return { ok: true, cells: row, notes, defaultsUsed: used, gaps: GAP_FIELDS.filter((g) => gaps.includes(g)) };
  } catch (error) {
    if (!(error instanceof SkipRecord)) throw error;
    return { ok: false, skipped: { feedId: s.feedId, name: s.name, field: error.field, reason: error.reason } };
  }
}
