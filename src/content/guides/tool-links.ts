/**
 * The site's tools, what guides call them, and the check that a guide which
 * names a tool, or explains what a tool works out, links to it. The one place
 * the tools are listed: the home page, the guides check and the translations
 * check read it.
 */
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Link, Nodes, Root } from 'mdast';
import { problem, type DataProblem } from '../../core/problems';
import { parseGuide } from './mdx';

export interface Tool {
  /** The tool's page. */
  href: string;
  /** What the tool is called in links and lists. */
  title: string;
  /** What guides call it: wherever a guide says one of these, the same paragraph must link to the tool. */
  names: readonly string[];
  /** Words that mean a guide explains what the tool works out: such a guide should link to the tool somewhere. */
  explainedBy: readonly RegExp[];
}

export const TOOLS: readonly Tool[] = [
  {
    href: '/tools/ehcp-timeline/',
    title: 'EHC plan timeline calculator',
    names: ['timeline calculator', 'deadline calculator', 'deadlines calculator', 'EHC timeline calculator'],
    explainedBy: [/\b20[- ]weeks?\b/i, /\btwenty[- ]weeks?\b/i],
  },
];

/** A link's address without its `#part` or `?query`, with a trailing slash, so `/tools/x#y` counts as `/tools/x/`. */
function pagePath(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.endsWith('/') ? path : `${path}/`;
}

/** The blocks a reader reads as one piece: paragraphs, list items' own text, table cells, headings. */
const BLOCKS = new Set(['paragraph', 'tableCell', 'heading']);

interface Block {
  text: string;
  links: Set<string>;
  line: number | undefined;
}

function blocks(tree: Root): Block[] {
  const found: Block[] = [];
  visit(tree, (node: Nodes) => {
    if (!BLOCKS.has(node.type)) return;
    const links = new Set<string>();
    visit(node, 'link', (link: Link) => {
      links.add(pagePath(link.url));
    });
    found.push({ text: toString(node), links, line: node.position?.start.line });
  });
  return found;
}

/** The tools a guide links to, by address. */
export function linkedTools(source: string): Set<string> {
  let tree: Root;
  try {
    tree = parseGuide(source);
  } catch {
    return new Set();
  }
  const all = new Set(blocks(tree).flatMap((b) => [...b.links]));
  return new Set(TOOLS.map((t) => t.href).filter((href) => all.has(href)));
}

const mentions = (text: string, name: string) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text);

/**
 * Every place a guide names a tool without linking to it (an error: the reader
 * is told about a tool and cannot reach it), and a guide that explains what a
 * tool works out but never links to it (a warning).
 */
export function checkToolLinks(file: string, source: string, tools: readonly Tool[] = TOOLS): DataProblem[] {
  let tree: Root;
  try {
    tree = parseGuide(source);
  } catch {
    // A syntax error is reported by the guide checks.
    return [];
  }
  const all = blocks(tree);
  const problems: DataProblem[] = [];
  for (const tool of tools) {
    for (const block of all) {
      const name = tool.names.find((n) => mentions(block.text, n));
      if (name && !block.links.has(tool.href)) {
        problems.push(
          problem({
            file,
            row: block.line,
            column: 'text',
            value: name,
            expected: `a link to the ${tool.title} (${tool.href}) wherever a guide names it`,
            fix: `Make the words a link: [${name}](${tool.href}).`,
          }),
        );
      }
    }
    const linked = all.some((b) => b.links.has(tool.href));
    const explains = all.find((b) => tool.explainedBy.some((re) => re.test(b.text)));
    if (explains && !linked) {
      problems.push(
        problem({
          file,
          row: explains.line,
          column: 'text',
          value: explains.text.match(tool.explainedBy.find((re) => re.test(explains.text))!)?.[0],
          expected: `a link to the ${tool.title} (${tool.href}) in a guide that explains what it works out`,
          fix: `Add a sentence such as "Our [${tool.names[0]}](${tool.href}) works out the dates for you."`,
          severity: 'warning',
        }),
      );
    }
  }
  return problems;
}
