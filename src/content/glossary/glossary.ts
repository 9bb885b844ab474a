/**
 * The glossary in `content/glossary.csv`: reading and checking it, a rehype
 * plugin that explains the first use of each abbreviation on a page, and the
 * check that every abbreviation a guide uses is in the glossary.
 */
import { z } from 'zod';
import { slug as githubSlug } from 'github-slugger';
import type { Root as HastRoot, Element, ElementContent, Parent as HastParent, Text as HastText } from 'hast';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import { readCsvBytes } from '../../core/csv';
import { optionalText, text } from '../../core/fields';
import { parseGuide } from '../guides/guides';
import { problem, type Checked, type DataProblem } from '../../core/problems';
import { validateRows } from '../../core/validate';

export const GLOSSARY_COLUMNS = { required: ['term', 'abbreviation', 'meaning'] } as const;

export const glossaryRowSchema = z.object({
  /** The words in full, e.g. "Education, health and care plan". */
  term: text,
  /** The short form people meet, e.g. "EHCP"; blank if there is none. */
  abbreviation: optionalText,
  /** What it means, in plain English, in a sentence or two. */
  meaning: z.string().refine((raw) => raw.trim() !== '', { message: 'a meaning in plain English (this cell is empty)' }),
});

export type GlossaryRow = z.output<typeof glossaryRowSchema>;

export interface GlossaryEntry {
  term: string;
  abbreviation?: string | undefined;
  meaning: string;
  /** The id of the entry on the glossary page, from the term: `education-health-and-care-plan`. */
  slug: string;
}

/** The glossary page's anchor for a term. */
export function glossarySlug(term: string): string {
  return githubSlug(term.trim());
}

/** Reads the glossary; entries come back sorted by term (A to Z). */
export function readGlossary(bytes: Uint8Array, file: string): Checked<GlossaryEntry[]> {
  const { table, problems } = readCsvBytes(bytes, file, GLOSSARY_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, glossaryRowSchema, file);
  problems.push(...rowProblems);

  const terms = new Map<string, number>();
  const abbreviations = new Map<string, number>();
  const entries: GlossaryEntry[] = [];
  for (const r of records) {
    const term = r.term.trim();
    const key = glossarySlug(term);
    const firstTerm = terms.get(key);
    if (firstTerm !== undefined) {
      problems.push(problem({ file, row: r.row, column: 'term', value: term, expected: 'each term once', fix: `It is also on row ${firstTerm}. Merge the two rows.` }));
      continue;
    }
    terms.set(key, r.row);
    const abbreviation = r.abbreviation;
    if (abbreviation !== undefined) {
      const firstAbbr = abbreviations.get(abbreviation);
      if (firstAbbr !== undefined) {
        problems.push(
          problem({ file, row: r.row, column: 'abbreviation', value: abbreviation, expected: 'each abbreviation once', fix: `It is also on row ${firstAbbr}. A page can only link an abbreviation to one meaning.` }),
        );
        continue;
      }
      if (!/^[A-Z][A-Za-z0-9&]+$/.test(abbreviation)) {
        problems.push(
          problem({
            file,
            row: r.row,
            column: 'abbreviation',
            value: abbreviation,
            expected: 'a short form in capital letters with no spaces, such as EHCP or SENCO',
            fix: 'Put longer names in the term column instead.',
            severity: 'warning',
          }),
        );
      }
      abbreviations.set(abbreviation, r.row);
    }
    entries.push({ term, abbreviation, meaning: r.meaning.trim(), slug: key });
  }
  if (table.rows.length === 0 && problems.length === 0) {
    problems.push(problem({ file, row: 2, expected: 'at least one term below the header row' }));
  }
  entries.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  return { value: entries, problems };
}

// ---------------------------------------------------------------------------
// rehype plugin

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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

// ---------------------------------------------------------------------------
// abbreviations a guide uses

/** Capitalised words that are not jargon and need no glossary entry. */
export const ABBREVIATION_ALLOW_LIST: readonly string[] = ['UK', 'GOV', 'OK', 'TV', 'PDF', 'FAQ', 'AM', 'PM'];

const HIDDEN = new Set(['code', 'inlineCode', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

/** The text of a node without code or expressions inside it; image alt text counts, as people read it. */
function textOf(node: MdastNodes): string {
  if (HIDDEN.has(node.type)) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map((child) => textOf(child as MdastNodes)).join('');
  return '';
}

/** Text a reader sees: everything but code, frontmatter, imports and expressions. */
function visibleText(tree: MdastRoot): { text: string; line: number }[] {
  const parts: { text: string; line: number }[] = [];
  const walk = (node: MdastNodes): void => {
    if (HIDDEN.has(node.type)) return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      parts.push({ text: textOf(node), line: node.position?.start.line ?? 1 });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(tree);
  return parts;
}

/** One abbreviation used in a guide, where it is first used and whether it is explained there. */
export interface AbbreviationUse {
  abbreviation: string;
  line: number;
  /** The paragraph or heading of the first use. */
  context: string;
}

const TOKEN = /(?<![\p{L}\p{N}])([A-Z]{2,})(s?)(?![\p{L}\p{N}])/gu;

/** Upper-case words of 2+ letters a guide uses (plural "s" removed), in order of first use. */
export function findAbbreviations(tree: MdastRoot): AbbreviationUse[] {
  const found = new Map<string, AbbreviationUse>();
  const parts = visibleText(tree);
  parts.forEach((part, index) => {
    for (const match of part.text.matchAll(TOKEN)) {
      const abbreviation = match[1] as string;
      // The next block counts too: easy-read guides explain a word on the next line.
      const context = `${part.text}\n${parts[index + 1]?.text ?? ''}`;
      if (!found.has(abbreviation)) found.set(abbreviation, { abbreviation, line: part.line, context });
    }
  });
  return [...found.values()];
}

/**
 * Whether a guide explains an abbreviation where it first appears (in that
 * paragraph or the next): "(SENCO)" after the words, the words in full, or a
 * plain explanation such as "SENDIASS is a free service…".
 */
function explainedAt(use: AbbreviationUse, entry: GlossaryEntry): boolean {
  const abbr = escapeRegExp(use.abbreviation);
  if (new RegExp(`\\(${abbr}s?(?![\\p{L}\\p{N}])`, 'u').test(use.context)) return true;
  if (new RegExp(`(?<![\\p{L}\\p{N}])${abbr} (is|means|stands for) `, 'u').test(use.context)) return true;
  const flat = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat(use.context).includes(flat(entry.term));
}

/**
 * Abbreviations in a guide that the glossary does not explain (errors: families
 * must not meet unexplained jargon), and ones the guide does not spell out where
 * it first uses them (warnings).
 */
export function checkAbbreviations(
  path: string,
  mdxSource: string,
  entries: readonly GlossaryEntry[],
  glossaryFile = 'content/glossary.csv',
): DataProblem[] {
  let tree: MdastRoot;
  try {
    tree = parseGuide(mdxSource);
  } catch {
    return []; // checkReadability reports MDX syntax errors once
  }
  const byAbbr = new Map(entries.filter((e) => e.abbreviation).map((e) => [e.abbreviation as string, e]));
  const problems: DataProblem[] = [];
  for (const use of findAbbreviations(tree)) {
    if (ABBREVIATION_ALLOW_LIST.includes(use.abbreviation)) continue;
    const entry = byAbbr.get(use.abbreviation);
    if (!entry) {
      problems.push(
        problem({
          file: path,
          row: use.line,
          column: 'text',
          value: use.abbreviation,
          expected: `an abbreviation that is in the glossary (${glossaryFile})`,
          fix: `Add a row for ${use.abbreviation} to the glossary with its full term and a plain-English meaning, or write the words out in full. Capital letters for emphasis are read out letter by letter by some screen readers.`,
        }),
      );
    } else if (!explainedAt(use, entry)) {
      problems.push(
        problem({
          file: path,
          row: use.line,
          column: 'text',
          value: use.abbreviation,
          expected: `the words in full where ${use.abbreviation} is first used, such as "${entry.term.toLowerCase()} (${use.abbreviation})"`,
          fix: 'Spell it out the first time, then use the short form.',
          severity: 'warning',
        }),
      );
    }
  }
  return problems;
}
