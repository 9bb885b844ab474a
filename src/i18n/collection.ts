/**
 * The `translations` content collection: every `content/<lang>/…` page for the
 * languages in data/site.yaml. The id keeps the language and path:
 * `pl/guides/ehcp-process`, `pl/home`.
 */
import { defineCollection } from 'astro:content';
import { globIn } from '../core/glob-loader.node.ts';
import { contentDir } from '../core/files.node.ts';
import { site } from '../config/site.node.ts';
import { translationSchema } from './translations';

/** `pl/guides/Ehcp-Process.mdx` → `pl/guides/ehcp-process`. */
export function translationId(entry: string): string {
  return entry.replace(/\\/g, '/').replace(/\.mdx?$/i, '').toLowerCase();
}

export const translations = defineCollection({
  // A language with nothing to match (no languages configured) matches no files.
  loader: globIn({
    pattern: site.languages.length ? site.languages.map((lang) => `${lang}/{home.mdx,guides/**/*.mdx}`) : '__no-languages__/*.mdx',
    base: contentDir(),
    generateId: ({ entry }) => translationId(entry),
  }),
  schema: translationSchema,
});
