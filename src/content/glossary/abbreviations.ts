/** The check that every abbreviation a guide uses is in the glossary or explained where it is first used. */
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import { escapeRegExp } from '../../core/regexp';
import { parseGuide } from '../guides/mdx';
import { problem, type DataProblem } from '../../core/problems';
import type { GlossaryEntry } from './glossary';

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

/** Upper-case words of 2+ letters in a piece of text (plural "s" removed), in order of first use: a page's own words, not a guide's. */
export function abbreviationsIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1] as string))];
}

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
    const where = { file: path, row: use.line, column: 'text', value: use.abbreviation };
    if (!entry) {
      problems.push(
        problem({
          ...where,
          expected: `an abbreviation that is in the glossary (${glossaryFile})`,
          fix: `Add a row for ${use.abbreviation} to the glossary with its full term and a plain-English meaning, or write the words out in full. Capital letters for emphasis are read out letter by letter by some screen readers.`,
        }),
      );
    } else if (!explainedAt(use, entry)) {
      problems.push(
        problem({
          ...where,
          expected: `the words in full where ${use.abbreviation} is first used, such as "${entry.term.toLowerCase()} (${use.abbreviation})"`,
          fix: 'Spell it out the first time, then use the short form.',
          severity: 'warning',
        }),
      );
    }
  }
  return problems;
}
