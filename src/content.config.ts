/**
 * The collections: the data (every dataset in src/build/registry.ts, read
 * and checked once) and the written content Astro reads itself.
 */
import { data } from './build/collections';
import { guides } from './content/guides/collection';
import { updates } from './content/updates/collection';
import { translations } from './i18n/collection';

export const collections = { data, guides, updates, translations };
