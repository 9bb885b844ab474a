/**
 * A guide plugin (Sätteri, hast): the first use of each abbreviation on a
 * guide page becomes an `<abbr>` linked to its meaning in the jargon buster.
 */
import type { ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { escapeRegExp } from '../../core/regexp.ts';
import { insideOnly } from '../../core/hast.ts';
import type { GlossaryEntry } from './glossary';

export interface GlossaryLinkOptions {
  entries: readonly GlossaryEntry[];
  /** Where the glossary page is; links go to `${glossaryPath}#${slug}`. Default `/glossary/`. */
  glossaryPath?: string;
  /**
   * What the `<abbr title>` holds: the full `term` (the HTML meaning of an
   * abbreviation's title, and what screen readers can announce) or the
   * plain-English `meaning`. Default `term`; the link leads to the meaning.
   */
  title?: 'term' | 'meaning';
}

/** Elements whose text is never wrapped: headings, links, code and existing abbreviations. */
const SKIP_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'select', 'textarea', 'title', 'dfn']);

/** Matches any of the abbreviations as a whole word, with an optional plural "s". */
export function abbreviationPattern(abbreviations: readonly string[]): RegExp | undefined {
  if (abbreviations.length === 0) return undefined;
  // Longest first, so "SENDIASS" wins over "SEND".
  const alternatives = [...abbreviations].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(s?)(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Wraps the first use of each glossary abbreviation on a page in
 * `<a href="/glossary/#slug"><abbr title="…">EHCP</abbr></a>`. Later uses are
 * left alone, as are headings, links, code, text already in an `<abbr>` and
 * text inside MDX components. Matching is case-sensitive and whole-word; a
 * plural ("EHCPs") counts as a use.
 */
export function glossaryLinks(options: GlossaryLinkOptions): HastPluginEntry {
  const base = options.glossaryPath ?? '/glossary/';
  const byAbbr = new Map(options.entries.filter((e) => e.abbreviation).map((e) => [e.abbreviation as string, e]));
  const pattern = abbreviationPattern([...byAbbr.keys()]);
  if (!pattern) return null;

  // Sätteri calls this once per page: "first use" starts again on each.
  return () => {
    const used = new Set<string>();
    const wrap = (value: string): ElementContent[] | undefined => {
      const out: ElementContent[] = [];
      let last = 0;
      for (const match of value.matchAll(pattern)) {
        const abbr = match[1] as string;
        const entry = byAbbr.get(abbr);
        if (!entry || used.has(abbr)) continue;
        used.add(abbr);
        const shown = match[0];
        if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
        out.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `${base}#${entry.slug}`, className: ['glossary-link'] },
          children: [
            {
              type: 'element',
              tagName: 'abbr',
              properties: { title: options.title === 'meaning' ? entry.meaning : entry.term },
              children: [{ type: 'text', value: shown }],
            },
          ],
        });
        last = match.index + shown.length;
      }
      if (last === 0) return undefined;
      if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
      return out;
    };
    return {
      name: 'glossary-links',
      text(node, ctx) {
        if (!insideOnly(node, ctx, (el) => !SKIP_ELEMENTS.has(el.tagName))) return;
        const replaced = wrap(node.value);
        if (replaced) ctx.replaceNode(node, replaced);
      },
    };
  };
}
