/** Reading a guide's MDX into a Markdown tree and its running prose, for the checks. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Nodes, Heading } from 'mdast';

// GFM as in Astro's MDX: tables, strikethrough and bare links parse as they render.
const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** The last guide parsed: the readability, abbreviation and picture checks each ask for the same guide in turn. */
let last: { source: string; tree: Root } | undefined;

/**
 * Parses a guide (frontmatter included) into a Markdown tree. Throws on MDX
 * syntax errors. The tree is shared with the next caller asking for the same
 * text, so treat it as read-only.
 */
export function parseGuide(source: string): Root {
  if (last?.source !== source) last = { source, tree: mdxProcessor.parse(source) };
  return last.tree;
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
