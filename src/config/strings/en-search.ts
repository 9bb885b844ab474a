/**
 * What the search script writes, in English; `{count}`, `{query}` and `{max}`
 * are filled in. Part of the English dictionary (`strings.search.client`),
 * kept in its own file with no imports so the browser script can load it alone.
 */
import type { PluralForms } from '../../core/text';

export const searchClient = {
  /** One form per plural category (Intl.PluralRules): English needs "one" and "other". */
  count: { one: '{count} result for ‘{query}’', other: '{count} results for ‘{query}’' } as PluralForms,
  none: 'No results for ‘{query}’. Check the spelling or try a different word.',
  showingFirst: ' (showing the first {max})',
  failed: 'Sorry, search is not working at the moment. Try the links in the menu instead.',
  /** Result types, keyed by the type pagefind stores (src/search/page-type.ts). */
  types: { Guide: 'Guide', Service: 'Service', Figures: 'Figures', Update: 'Update', Page: 'Page' },
} as const;
