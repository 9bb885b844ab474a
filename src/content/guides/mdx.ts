/** Reading a guide's MDX into a Markdown tree and its running prose, for the checks. */
import { mdxToMdast } from 'satteri';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Nodes, Heading } from 'mdast';
import { LocalOfferError } from '../../core/errors';

/** An MDX syntax error, with the line of the guide it is on. */
export class GuideSyntaxError extends LocalOfferError {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message, 'Check the brackets, tags and quotation marks on that line and the lines above it are closed.');
  }
}

/** The last guide parsed: the readability, abbreviation and picture checks each ask for the same guide in turn. */
let last: { source: string; tree: Root } | undefined;

/**
 * Parses a guide (frontmatter included) into a Markdown tree, with Sätteri:
 * the parser Astro compiles guides with, so the checks read a guide exactly as
 * the build does (GFM tables, strikethrough and bare links included), and
 * about 30 times faster than remark. Throws a GuideSyntaxError on MDX syntax
 * errors. The tree is shared with the next caller asking for the same text,
 * so treat it as read-only.
 */
export function parseGuide(source: string): Root {
  if (last?.source === source) return last.tree;
  let tree: Root;
  try {
    tree = mdxToMdast(source, { features: { frontmatter: true, gfm: true } }) as Root;
  } catch (error) {
    // Sätteri starts its message with the place: "5:6: Unexpected end of file…".
    const message = (error as Error).message;
    const place = message.match(/^(\d+):(\d+): /);
    throw new GuideSyntaxError(place ? message.slice(place[0].length) : message, place ? Number(place[1]) : undefined);
  }
  last = { source, tree };
  return tree;
}

/** A block of running prose and the line it starts on. */
export interface ProseBlock {
  text: string;
  line: number;
  /** Whether the block is a list item, where short fragments are normal. */
  inList: boolean;
}

/**
 * The paragraphs a reader reads as sentences: not headings, code, tables,
 * image-only lines or MDX expressions. Image alt text is left out too.
 */
export function proseBlocks(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const walk = (node: Nodes, inList: boolean) => {
    if (node.type === 'paragraph') {
      const text = toString(node, { includeImageAlt: false, includeHtml: false }).trim();
      if (text !== '') blocks.push({ text, line: node.position?.start.line ?? 1, inList });
      return;
    }
    if (['heading', 'code', 'table', 'yaml', 'html', 'mdxjsEsm', 'mdxFlowExpression'].includes(node.type)) return;
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, inList || node.type === 'listItem');
    }
  };
  walk(tree, false);
  return blocks;
}

/** The level-2 headings of a guide, as the contents list shows them. */
export function guideHeadings(tree: Root): string[] {
  const headings: string[] = [];
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth === 2) headings.push(toString(node).trim());
    return SKIP;
  });
  return headings;
}
