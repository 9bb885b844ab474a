/**
 * A rehype plugin for easy-read guides: a picture on a line of its own and the
 * lines of text after it (up to the next picture or heading) become one row,
 * picture beside text:
 *
 *   <div class="picture-row">
 *     <div class="picture-row-image"><img …></div>
 *     <div class="picture-row-text"><p>…</p><p>…</p></div>
 *   </div>
 *
 * Writers keep writing plain Markdown. Pages without pictures on their own
 * line (standard guides) are left exactly as they are.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

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

export function rehypePictureRows() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let row: { picture: Element; text: ElementContent[] } | undefined;
    const close = () => {
      if (!row) return;
      while (row.text.length > 0 && isWhitespace(row.text.at(-1)!)) row.text.pop();
      out.push(div('picture-row', [div('picture-row-image', [row.picture]), div('picture-row-text', row.text)]));
      row = undefined;
    };
    let changed = false;
    for (const child of tree.children) {
      const picture = lonePicture(child);
      if (picture) {
        close();
        row = { picture, text: [] };
        changed = true;
      } else if (row && child.type === 'element' && BREAKS.has(child.tagName)) {
        close();
        out.push(child);
      } else if (row && (child.type === 'element' || child.type === 'text')) {
        if (row.text.length > 0 || !isWhitespace(child)) row.text.push(child);
      } else {
        close();
        out.push(child);
      }
    }
    close();
    if (changed) tree.children = out;
  };
}
