/**
 * What the directory's static pages need, worked out from checked services:
 * the A to Z split over pages, browse lists with counts, a service's schema.org
 * data, and the "report a problem" link. Pure functions, tested beside.
 */
import type { Service } from './services';
import type { TaxonomyTerm } from './taxonomy';
import { ageText, NOT_KNOWN } from './text';
import { categoriesOf } from './other-category';
import { summarise } from './search-index';
import type { Audience, Cost } from './vocab';
import { formatNumber } from '../core/format';

/** What a service's card shows (ServiceCard.astro; the browser fills the same card from the index). */
export interface CardData {
  id: string;
  name: string;
  organisation: string;
  summary: string;
  ageMin: number;
  ageMax: number;
  /** Undefined when not known: the card says to ask the service. */
  cost: Cost | undefined;
  /** For a service that is free for some: who gets it free, in full. */
  condition?: string | undefined;
  for: Audience;
}

export function cardData(s: Service): CardData {
  return {
    id: s.id,
    name: s.name,
    organisation: s.organisation,
    summary: summarise(s.description),
    ageMin: s.age_min,
    ageMax: s.age_max,
    cost: s.cost,
    condition: s.cost === 'free-for-some' ? s.cost_details : undefined,
    for: s.for,
  };
}

/** Services on one page of a no-JavaScript list: small enough to stay inside the page budget at thousands of services. */
export const LIST_PAGE_SIZE = 50;

/** Names in the order people expect in a list: case and accents ignored, numbers in number order. */
export function byName<T extends { name: string }>(items: readonly T[]): T[] {
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  items: T[];
  /** First letters of the first and last names, e.g. "A to C", so people can jump to a name. */
  range: string;
}

function initial(name: string): string {
  const c = name.trim().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/** Splits an already sorted list into pages of `size`. Always at least one page, so an empty list still has a page that says so. */
export function paginate<T extends { name: string }>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const pages: ListPage<T>[] = [];
  for (let start = 0; start < items.length || pages.length === 0; start += size) {
    const slice = items.slice(start, start + size);
    const first = slice[0] ? initial(slice[0].name) : '';
    const last = slice.at(-1) ? initial(slice.at(-1)!.name) : '';
    pages.push({ number: pages.length + 1, items: slice, range: first === last ? first : `${first} to ${last}` });
    if (items.length === 0) break;
  }
  return pages;
}

/** The address of page `n` of a list whose first page is at `base` (e.g. `/services/category/health/`). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

export interface BrowseTerm {
  id: string;
  label: string;
  description: string;
  count: number;
}

/** Services in a category; those with none are in "Other" (other-category.ts). */
export function inCategory(services: readonly Service[], id: string): Service[] {
  return services.filter((s) => categoriesOf(s).includes(id));
}

/** "All of Northbrook", "Marston, Hollins", or "Not given" when the file does not say: never "all" by default. */
export function areaText(s: Pick<Service, 'wholeArea' | 'areas'>, areaLabel: (id: string) => string, areaName: string): string {
  if (s.wholeArea) return `All of ${areaName}`;
  return s.areas.length === 0 ? NOT_KNOWN.area : s.areas.map(areaLabel).join(', ');
}

/** Services that name a need (services for any need are listed separately). */
export function forNeed(services: readonly Service[], id: string): Service[] {
  return services.filter((s) => s.needs.includes(id));
}

/** Every term with how many services it has, in taxonomy order, for the browse lists. */
export function browseTerms(terms: readonly TaxonomyTerm[], services: readonly Service[], pick: (services: readonly Service[], id: string) => Service[]): BrowseTerm[] {
  return terms.map((t) => ({ id: t.id, label: t.label, description: t.description, count: pick(services, t.id).length }));
}

/** "14 services" / "1 service". */
/**
 * Static paths for the list pages of one kind of taxonomy term: `health/`,
 * then `health/2/`, `health/3/` … for long lists.
 */
export function termListPaths(
  terms: readonly TaxonomyTerm[],
  services: readonly Service[],
  pick: (services: readonly Service[], id: string) => Service[],
) {
  return terms.flatMap((term) => {
    const list = byName(pick(services, term.id));
    const pages = paginate(list);
    const summary = pages.map((p) => ({ number: p.number, range: p.range }));
    return pages.map((page) => ({
      params: { slug: page.number === 1 ? term.id : `${term.id}/${page.number}` },
      props: { term, page, pages: summary, total: list.length },
    }));
  });
}

export function countServices(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'service' : 'services'}`;
}

/** A mailto: link to the directory team with the service named in the subject and its address in the body. */
export function reportProblemHref(email: string, service: { id: string; name: string }, pageUrl: string): string {
  const subject = `Problem with the directory entry: ${service.name}`;
  const body = `Service: ${service.name}\nPage: ${pageUrl}\n\nWhat is wrong or out of date?\n\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * schema.org data for a service page, so search engines can show it. A
 * GovernmentService when the council runs it, otherwise a Service, with the
 * provider as an Organization.
 */
export function serviceJsonLd(
  s: Service,
  opts: { url: string; council: string; areaName: string; needLabels: string[]; categoryLabels: string[] },
): Record<string, unknown> {
  const council = s.organisation.toLowerCase().includes(opts.council.toLowerCase()) || s.organisation.toLowerCase() === opts.council.toLowerCase();
  const provider: Record<string, unknown> = { '@type': council ? 'GovernmentOrganization' : 'Organization', name: s.organisation };
  if (s.phone) provider['telephone'] = s.phone;
  if (s.email) provider['email'] = s.email;
  if (s.address || s.postcode) {
    provider['address'] = {
      '@type': 'PostalAddress',
      ...(s.address ? { streetAddress: s.address } : {}),
      ...(s.postcode ? { postalCode: s.postcode } : {}),
      addressCountry: 'GB',
    };
  }
  if (s.latitude !== undefined && s.longitude !== undefined) provider['geo'] = { '@type': 'GeoCoordinates', latitude: s.latitude, longitude: s.longitude };
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': council ? 'GovernmentService' : 'Service',
    '@id': opts.url,
    url: opts.url,
    name: s.name,
    description: s.description,
    provider,
    // Where the file does not say, nothing is claimed.
    ...(s.wholeArea || s.areas.length > 0 ? { areaServed: { '@type': 'AdministrativeArea', name: opts.areaName } } : {}),
    serviceType: opts.categoryLabels.join(', '),
    audience: {
      '@type': 'PeopleAudience',
      suggestedMinAge: s.age_min,
      suggestedMaxAge: s.age_max,
      audienceType: `${ageText(s.age_min, s.age_max)}; ${opts.needLabels.length > 0 ? opts.needLabels.join(', ') : 'any special educational need or disability'}`,
    },
    ...(s.cost === undefined ? {} : { isAccessibleForFree: s.cost === 'free' }),
    ...(s.last_reviewed === undefined ? {} : { dateModified: s.last_reviewed }),
  };
  if (s.website) ld['sameAs'] = s.website;
  if (s.opening_times) ld['hoursAvailable'] = { '@type': 'OpeningHoursSpecification', description: s.opening_times };
  if (s.languages.length > 0) ld['availableLanguage'] = s.languages;
  return ld;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
