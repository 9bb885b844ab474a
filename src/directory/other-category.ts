/**
 * A service with no category (a feed record with no taxonomy terms, or a row
 * left blank) is still published: it is listed under "Other", which is
 * browsed, filtered and searched like any category. The taxonomy may define
 * its own `other` category; then its label and description are used.
 */
import type { TaxonomyTerm } from './taxonomy';
import { OTHER_CATEGORY_WORDS } from './text';

export const OTHER_CATEGORY_ID = 'other';

export const OTHER_CATEGORY: TaxonomyTerm = { type: 'category', id: OTHER_CATEGORY_ID, ...OTHER_CATEGORY_WORDS, keywords: [], schedule2: [] };

/** The categories a service is listed under: its own, or "Other" when it has none. */
export function categoriesOf(service: { categories: readonly string[] }): readonly string[] {
  return service.categories.length > 0 ? service.categories : [OTHER_CATEGORY_ID];
}

/** The categories to browse and filter by: the taxonomy's, with "Other" at the end when some service has no category. */
export function browseCategories(categories: readonly TaxonomyTerm[], services: readonly { categories: readonly string[] }[]): TaxonomyTerm[] {
  const needed = services.some((s) => s.categories.length === 0) && !categories.some((c) => c.id === OTHER_CATEGORY_ID);
  return needed ? [...categories, OTHER_CATEGORY] : [...categories];
}
