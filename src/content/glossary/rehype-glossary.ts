/**
 * A rehype plugin: the first use of each abbreviation on a guide page becomes
 * an `<abbr>` linked to its meaning in the jargon buster.
 */
import type { Root as HastRoot, Element, ElementContent, Parent as HastParent, Text as HastText } from 'hast';
import { escapeRegExp } from '../../core/regexp.ts';
import type { GlossaryEntry } from './glossary';

export interface RehypeGlossaryOptions {
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
function abbreviationPattern(abbreviations: readonly string[]): RegExp | undefined {
  if (abbreviations.length === 0) return undefined;
  // Longest first, so "SENDIASS" wins over "SEND".
  const alternatives = [...abbreviations].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(s?)(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Wraps the first use of each glossary abbreviation on a page in
 * `<a href="/glossary/#slug"><abbr title="…">EHCP</abbr></a>`. Later uses are
 * left alone, as are headings, links, code and text already in an `<abbr>`.
 * Matching is case-sensitive and whole-word; a plural ("EHCPs") counts as a use.
 */
export function rehypeGlossary(options: RehypeGlossaryOptions) {
  const base = options.glossaryPath ?? '/glossary/';
  const byAbbr = new Map(options.entries.filter((e) => e.abbreviation).map((e) => [e.abbreviation as string, e]));
  return (tree: HastRoot) => {
    const pattern = abbreviationPattern([...byAbbr.keys()]);
    if (!pattern) return;
    const used = new Set<string>();

    const wrapText = (node: HastText): ElementContent[] | undefined => {
      const out: ElementContent[] = [];
      let last = 0;
      pattern.lastIndex = 0;
      for (const match of node.value.matchAll(pattern)) {
        const abbr = match[1] as string;
        const entry = byAbbr.get(abbr);
        if (!entry || used.has(abbr)) continue;
        used.add(abbr);
        const start = match.index;
        const shown = match[0];
        if (start > last) out.push({ type: 'text', value: node.value.slice(last, start) });
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
        last = start + shown.length;
      }
      if (last === 0) return undefined;
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    };

    const walk = (parent: HastParent) => {
      const next: typeof parent.children = [];
      let changed = false;
      for (const child of parent.children) {
        if (child.type === 'text') {
          const replaced = wrapText(child);
          if (replaced) {
            next.push(...replaced);
            changed = true;
            continue;
          }
        } else if (child.type === 'element' && !SKIP_ELEMENTS.has(child.tagName)) {
          walk(child);
        }
        next.push(child);
      }
      if (changed) parent.children = next as Element['children'];
    };
    walk(tree);
  };
}
