/**
 * The directory's state in the page address, so a search can be bookmarked,
 * shared, and submitted by a plain HTML form without JavaScript: lists are
 * repeated parameters (`need=autism&need=adhd`), as checkboxes send them.
 */
import type { DirectoryFilters } from './search-index';
import { AGE_LIMIT, AUDIENCES, COSTS, REFERRALS, type Audience, type Cost, type Referral } from './vocab';

export interface DirectoryQuery {
  /** Free text typed in the search box. */
  q: string;
  age?: number;
  need: string[];
  category: string[];
  area: string[];
  cost: Cost[];
  referral: Referral[];
  /** Who the service is for. */
  for: Audience[];
  /** A postcode or district typed for "near me", as typed. */
  near?: string;
}

export const EMPTY_QUERY: DirectoryQuery = { q: '', need: [], category: [], area: [], cost: [], referral: [], for: [] };

/** Known ids, so a hand-edited or stale address cannot filter on nonsense. */
export interface KnownIds {
  categories: readonly string[];
  needs: readonly string[];
  areas: readonly string[];
}

const LIST_PARAMS = ['need', 'category', 'area', 'cost', 'referral', 'for'] as const;

/** All values of a repeated parameter, also accepting `a,b` from hand-typed addresses. */
function all(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  return [...new Set(values)];
}

/** The words of the age box's error, in the hint's words. */
export const AGE_ERROR = `Enter your child’s age as a number of years from 0 to ${AGE_LIMIT}, for example 7`;

/**
 * The age a family typed: `7`, `7 years`, `7 years old`; blank is any age.
 * Anything else is an error in the hint's words.
 */
export function readAge(raw: string): { ok: true; age: number | undefined } | { ok: false; error: string } {
  const text = raw.trim();
  if (text === '') return { ok: true, age: undefined };
  const match = text.match(/^(\d{1,2})\s*(?:years?|yrs?|y)?(?:\s+old)?$/i);
  if (!match || Number(match[1]) > AGE_LIMIT) return { ok: false, error: AGE_ERROR };
  return { ok: true, age: Number(match[1]) };
}

/** Reads the address's query string; anything unrecognised is ignored rather than shown as an error. */
export function decodeQuery(search: string | URLSearchParams, known?: KnownIds): DirectoryQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const keep = (values: string[], allowed: readonly string[] | undefined) => (allowed ? values.filter((v) => allowed.includes(v)) : values);
  const query: DirectoryQuery = {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    need: keep(all(params, 'need'), known?.needs),
    category: keep(all(params, 'category'), known?.categories),
    area: keep(all(params, 'area'), known?.areas),
    cost: all(params, 'cost').filter((v): v is Cost => (COSTS as readonly string[]).includes(v)),
    referral: all(params, 'referral').filter((v): v is Referral => (REFERRALS as readonly string[]).includes(v)),
    for: all(params, 'for').filter((v): v is Audience => (AUDIENCES as readonly string[]).includes(v)),
  };
  const age = readAge(params.get('age') ?? '');
  if (age.ok && age.age !== undefined) query.age = age.age;
  const near = (params.get('near') ?? '').trim().slice(0, 20);
  if (near !== '') query.near = near;
  return query;
}

/** Writes the query string in a fixed order, leaving out anything empty. `''` when nothing is chosen. */
export function encodeQuery(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim() !== '') params.set('q', query.q.trim());
  if (query.age !== undefined) params.set('age', String(query.age));
  for (const name of LIST_PARAMS) for (const value of query[name]) params.append(name, value);
  if (query.near !== undefined && query.near.trim() !== '') params.set('near', query.near.trim());
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The facet part of a query, for filterEntries / searchDirectory. */
export function filtersOf(query: DirectoryQuery): DirectoryFilters {
  return { age: query.age, need: query.need, category: query.category, area: query.area, cost: query.cost, referral: query.referral, for: query.for };
}

/** True when nothing narrows the list, so the page can say "all services" instead of "services match". */
export function isEmptyQuery(query: DirectoryQuery): boolean {
  return encodeQuery(query) === '';
}
