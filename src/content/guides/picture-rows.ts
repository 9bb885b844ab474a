/**
 * A guide plugin (Sätteri, hast) for easy-read guides: a picture on a line of
 * its own and the lines of text after it (up to the next picture or heading)
 * become one row, picture beside text:
 *
 *   <div class="picture-row">
 *     <div class="picture-row-image"><img …></div>
 *     <div class="picture-row-text"><p>…</p><p>…</p></div>
 *   </div>
 *
 * Writers keep writing plain Markdown. Pages without pictures on their own
 * line (standard guides) are left exactly as they are.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import type { HastNode, HastPluginDefinition } from 'satteri';
import { plainCopy } from '../../core/hast.ts';

const BREAKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'section', 'aside', 'nav']);

const isWhitespace = (node: RootContent | ElementContent) => node.type === 'text' && node.value.trim() === '';

/** The picture, if `node` is a paragraph holding nothing but one picture. */
function lonePicture(node: RootContent): Element | undefined {
  if (node.type !== 'element' || node.tagName !== 'p') return undefined;
  const content = node.children.filter((c) => !isWhitespace(c));
  const only = content[0];
  return content.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : undefined;
}

const div = (className: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className: [className] },
  children,
});

/** A row being gathered: the picture's paragraph, and the nodes that follow it. */
interface Row {
  at: RootContent;
  picture: Element;
  text: RootContent[];
}

/** The rows on a page, from the top-level nodes in order. */
function pictureRows(children: readonly RootContent[]): Row[] {
  const rows: Row[] = [];
  let row: Row | undefined;
  for (const child of children) {
    const picture = lonePicture(child);
    if (picture) rows.push((row = { at: child, picture, text: [] }));
    else if (!row) continue;
    else if (child.type === 'element' && BREAKS.has(child.tagName)) row = undefined;
    else if (child.type === 'element' || child.type === 'text') row.text.push(child);
    else row = undefined;
  }
  return rows;
}

/** A node of `root.children` as Sätteri's own types spell it: the same node, typed by `hast` in the hook. */
const asSatteri = (node: RootContent) => node as Readonly<HastNode>;

export const pictureRowsPlugin: HastPluginDefinition = {
  name: 'picture-rows',
  before(root, ctx) {
    for (const row of pictureRows(root.children)) {
      // The text without the line breaks around it; they go with the nodes moved into the row.
      const start = row.text.findIndex((n) => !isWhitespace(n));
      const text = start === -1 ? [] : row.text.slice(start);
      while (text.length > 0 && isWhitespace(text.at(-1)!)) text.pop();
      const image = div('picture-row-image', [plainCopy(row.picture)]);
      ctx.replaceNode(asSatteri(row.at), div('picture-row', [image, div('picture-row-text', text.map((n) => plainCopy<RootContent>(n) as ElementContent))]));
      for (const node of row.text) ctx.removeNode(asSatteri(node));
    }
  },
};
